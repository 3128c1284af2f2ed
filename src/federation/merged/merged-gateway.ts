import type { ApolloServerOptionsWithGateway, BaseContext } from '@apollo/server';
import type { BuiltSubgraph } from '../build-subgraph';
import type { ComposedSupergraph } from '../compose';
import { createMergedSchema } from './merged-schema';
import { createOperationExecutor, type OperationExecutorOptions } from './operation-executor';

type GatewayInterface = ApolloServerOptionsWithGateway<BaseContext>['gateway'];

export interface MergedGatewayOptions extends Pick<OperationExecutorOptions, 'cacheSize'> {
  /** Compile operations with graphql-jit (the default); `false` executes every one with graphql-js. */
  readonly jit?: boolean;
  /** A composition of these subgraphs made earlier (see `readPrintedComposition`); composed here when absent. */
  readonly composed?: ComposedSupergraph;
}

/**
 * Serves every subgraph from this process through Apollo Server's `gateway` option: one merged, jit-compiled schema
 * instead of query plans and subgraph round trips. Each request first offers the subgraphs' `warmUp` hooks the types
 * its operation selects.
 */
export function createMergedGateway(
  subgraphs: readonly BuiltSubgraph[],
  options: MergedGatewayOptions = {},
): GatewayInterface {
  const { schema, supergraphSdl } = createMergedSchema(subgraphs, options.composed);
  const warmUps = subgraphs.flatMap((subgraph) => (subgraph.warmUp ? [subgraph.warmUp] : []));
  const run = createOperationExecutor(schema, {
    cacheSize: options.cacheSize,
    compile: options.jit === false ? false : undefined,
    warmUp: (request) => {
      for (const warmUp of warmUps) warmUp(request as never);
    },
  });
  const listeners = new Set<Parameters<GatewayInterface['onSchemaLoadOrUpdate']>[0]>();
  return {
    onSchemaLoadOrUpdate: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    load: async () => {
      for (const listener of listeners) listener({ apiSchema: schema, coreSupergraphSdl: supergraphSdl });
      return {
        executor: (requestContext) =>
          run({
            document: requestContext.document,
            source: requestContext.source,
            operationName: requestContext.operationName,
            variables: requestContext.request.variables,
            // Apollo Server 5 hands a gateway the request context under this name, not `contextValue`.
            context: requestContext.context,
          }),
      };
    },
    stop: async () => listeners.clear(),
  };
}
