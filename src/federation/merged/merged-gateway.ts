import type { ApolloServerOptionsWithGateway, BaseContext } from '@apollo/server';
import type { GraphQLSchema } from 'graphql';
import type { BuiltSubgraph } from '../build-subgraph';
import { createMergedSchema } from './merged-schema';
import { createOperationExecutor, type OperationExecutorOptions } from './operation-executor';

type GatewayInterface = ApolloServerOptionsWithGateway<BaseContext>['gateway'];
type SchemaListener = Parameters<GatewayInterface['onSchemaLoadOrUpdate']>[0];
type GatewayLoadResult = Awaited<ReturnType<GatewayInterface['load']>>;

export interface MergedGatewayOptions extends Omit<OperationExecutorOptions, 'warmUp'> {
  /** Compile operations with graphql-jit (the default); `false` executes every one with graphql-js. */
  readonly jit?: boolean;
}

/**
 * Serves every subgraph from this process through Apollo Server's `gateway` option: one merged, jit-compiled schema
 * instead of query plans and subgraph round trips. Each request first offers the subgraphs' `warmUp` hooks the types
 * its operation selects.
 */
export class MergedGateway implements GatewayInterface {
  private readonly listeners = new Set<SchemaListener>();
  readonly schema: GraphQLSchema;
  readonly supergraphSdl: string;
  readonly executor: NonNullable<GatewayLoadResult['executor']>;

  constructor(subgraphs: readonly BuiltSubgraph[], options: MergedGatewayOptions = {}) {
    ({ schema: this.schema, supergraphSdl: this.supergraphSdl } = createMergedSchema(subgraphs));
    const warmUps = subgraphs.flatMap((subgraph) => (subgraph.warmUp ? [subgraph.warmUp] : []));
    const run = createOperationExecutor(this.schema, {
      ...options,
      compile: options.jit === false ? false : options.compile,
      warmUp: (request) => {
        for (const warmUp of warmUps) warmUp(request as never);
      },
    });
    this.executor = (requestContext) =>
      run({
        document: requestContext.document,
        source: requestContext.source,
        operationName: requestContext.operationName,
        variables: requestContext.request.variables,
        // Apollo Server 5 hands a gateway the request context under this name, not `contextValue`.
        context: requestContext.context,
      });
  }

  onSchemaLoadOrUpdate(listener: SchemaListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async load(): Promise<GatewayLoadResult> {
    for (const listener of this.listeners) listener({ apiSchema: this.schema, coreSupergraphSdl: this.supergraphSdl });
    return { executor: this.executor };
  }

  async stop(): Promise<void> {
    this.listeners.clear();
  }
}

export function createMergedGateway(
  subgraphs: readonly BuiltSubgraph[],
  options?: MergedGatewayOptions,
): MergedGateway {
  return new MergedGateway(subgraphs, options);
}
