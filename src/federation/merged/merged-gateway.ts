import type { ApolloServerOptionsWithGateway, BaseContext } from '@apollo/server';
import type { GraphQLSchema } from 'graphql';
import type { BuiltSubgraph } from '../build-subgraph';
import { createMergedSchema } from './merged-schema';
import { createOperationExecutor, type CompileOperation, type OperationExecutorOptions } from './operation-executor';

type GatewayInterface = ApolloServerOptionsWithGateway<BaseContext>['gateway'];
type SchemaListener = Parameters<GatewayInterface['onSchemaLoadOrUpdate']>[0];
type GatewayLoadResult = Awaited<ReturnType<GatewayInterface['load']>>;
type GatewayExecutor = NonNullable<GatewayLoadResult['executor']>;

export interface MergedGatewayOptions extends OperationExecutorOptions {
  /** Compile operations with graphql-jit (the default); `false` executes every one with graphql-js. */
  readonly jit?: boolean;
}

const GRAPHQL_JS_ONLY: CompileOperation = () => ({ errors: [] });

/**
 * Serves every subgraph from one process through Apollo Server's `gateway` option: one merged,
 * jit-compiled schema instead of query plans and subgraph round trips.
 */
export class MergedGateway implements GatewayInterface {
  private readonly listeners = new Set<SchemaListener>();
  readonly schema: GraphQLSchema;
  readonly supergraphSdl: string;
  readonly execute: GatewayExecutor;

  constructor(subgraphs: readonly BuiltSubgraph[], options: MergedGatewayOptions = {}) {
    const { schema, supergraphSdl } = createMergedSchema(subgraphs);
    this.schema = schema;
    this.supergraphSdl = supergraphSdl;
    const run = createOperationExecutor(
      schema,
      options.jit === false ? { ...options, compile: GRAPHQL_JS_ONLY } : options,
    );
    this.execute = (requestContext) =>
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
    return { executor: this.execute };
  }

  async stop(): Promise<void> {
    this.listeners.clear();
  }
}

export function createMergedGateway(
  subgraphs: readonly BuiltSubgraph[],
  options: MergedGatewayOptions = {},
): MergedGateway {
  return new MergedGateway(subgraphs, options);
}
