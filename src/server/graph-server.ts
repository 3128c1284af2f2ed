import { ApolloServer, type ApolloServerOptionsWithGateway } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { subgraphModules, type GraphContext } from '../graph';
import { buildSubgraph, createApolloGateway, createMergedGateway, type BuiltSubgraph } from './federation';
import type { ExecutionMode } from './config';
import { appellationDiagnosticsPlugin } from './plugins/appellation-diagnostics';
import { formatError } from './plugins/format-error';
import { staleDataPlugin } from './plugins/stale-data';

let builtSubgraphs: BuiltSubgraph[] | undefined;

/** The published subgraphs, built once per process (type-graphql schema building is not free). */
export function travailGraphSubgraphs(): BuiltSubgraph[] {
  return (builtSubgraphs ??= subgraphModules.map((module) => buildSubgraph(module)));
}

export interface GraphServerOptions {
  execution: ExecutionMode;
  /** Serve an @apollo/gateway over remote subgraphs instead of executing them here. */
  subgraphUrls?: Record<string, string>;
}

/**
 * One Apollo Server for the whole graph. By default every subgraph executes in this process through the merged,
 * compiled executor; `gateway` runs @apollo/gateway over the same in-process subgraphs (reference behaviour).
 */
export function createGraphServer(options: GraphServerOptions): ApolloServer<GraphContext> {
  return new ApolloServer<GraphContext>({
    gateway: gatewayFor(options),
    formatError,
    includeStacktraceInErrorResponses: false,
    plugins: [ApolloServerPluginCacheControlDisabled(), appellationDiagnosticsPlugin, staleDataPlugin],
  });
}

type Gateway = ApolloServerOptionsWithGateway<GraphContext>['gateway'];

function gatewayFor(options: GraphServerOptions): Gateway {
  const subgraphs = travailGraphSubgraphs();
  if (options.subgraphUrls) return createApolloGateway(subgraphs, { urls: options.subgraphUrls });
  if (options.execution === 'gateway') return createApolloGateway(subgraphs, { local: true });
  return createMergedGateway(subgraphs, { jit: options.execution === 'merged' });
}
