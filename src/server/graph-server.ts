import { JOB_SEEKER_TOKEN_HEADER } from '../graph/jobseeker/job-seeker-token';
import type { Server } from 'node:http';
import { ApolloServer, type ApolloServerOptionsWithGateway, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { subgraphModules, type GraphContext } from '../graph';
import type { CacheHint } from '../graph/cache-hint';
import type { UpstreamApi } from '../upstream';
import { type CostDeclarations, mergeCosts } from './demand-control/cost-declarations';
import { demandControl } from './demand-control/demand-control';
import {
  buildSubgraph,
  createApolloGateway,
  createMergedGateway,
  readPrintedComposition,
  type BuiltSubgraph,
} from '../federation';
import { SCHEMA_DIR } from './schema-dir';
import type { ExecutionMode, ExplorerKind } from './config';
import { appellationDiagnostics } from './plugins/appellation-diagnostics';
import { cacheControl } from './http-cache/cache-control';
import { mergeCacheHints } from './http-cache/cache-hints';
import { formatError } from './plugins/format-error';
import { staleData } from './plugins/stale-data';
import {
  DEFAULT_DOCUMENT_LIMITS,
  type DocumentLimits,
  documentLimitRules,
  documentParseOptions,
} from './limits/document-limits';
import { requestObservation } from './observability/observation-hooks';
import { operationChecks } from './plugins/operation-checks';
import { type RequestFeature, requestFeaturesPlugin } from './plugins/request-features';

let builtSubgraphs: BuiltSubgraph[] | undefined;

/** The published subgraphs, built once per process (type-graphql schema building is not free). */
export function travailGraphSubgraphs(): BuiltSubgraph[] {
  return (builtSubgraphs ??= subgraphModules.map((module) => buildSubgraph(module)));
}

export interface GraphServerOptions {
  execution: ExecutionMode;
  /** Serve an @apollo/gateway over remote subgraphs instead of executing them here. */
  subgraphUrls?: Record<string, string>;
  /** The HTTP server to drain on stop, for at most `shutdownGraceMs`. */
  httpServer?: Server;
  shutdownGraceMs?: number;
  introspection?: boolean;
  /** Only `apollo` concerns Apollo Server: the default explorer is served by our own route (src/server/explorer). */
  explorer?: ExplorerKind | false;
  documentLimits?: DocumentLimits;
  /** Refuse operations whose worst case exceeds these upstream calls per API; no demand control when absent. */
  upstreamCallBudget?: Record<UpstreamApi, number>;
}

/**
 * One Apollo Server for the whole graph. By default every subgraph executes in this process through the merged,
 * compiled executor; `gateway` runs @apollo/gateway over the same in-process subgraphs (reference behaviour).
 * Production behaviour whatever NODE_ENV says: no stack traces, and introspection and the explorer only as configured.
 */
export function createGraphServer(options: GraphServerOptions): ApolloServer<GraphContext> {
  return new ApolloServer<GraphContext>({
    gateway: gatewayFor(options),
    ...productionDefaults(options),
    plugins: [
      ApolloServerPluginCacheControlDisabled(),
      requestFeaturesPlugin<GraphContext>([
        ...baseFeatures,
        staleData,
        cacheControl(graphCacheHints()),
        ...(options.upstreamCallBudget
          ? [demandControl({ costs: graphCosts(), budget: options.upstreamCallBudget })]
          : []),
      ]),
      ...productionPlugins(options),
    ],
  });
}

/**
 * What every Apollo Server of travail-graph does per request (the graph, a subgraph process): the operation checks
 * first, so that later features only see operations the graph can run.
 */
export const baseFeatures: RequestFeature<GraphContext>[] = [
  operationChecks,
  requestObservation,
  appellationDiagnostics,
];

/** The options every Apollo Server of travail-graph shares (the graph, a subgraph process). */
export function productionDefaults(options: { introspection?: boolean; documentLimits?: DocumentLimits }) {
  const limits = options.documentLimits ?? DEFAULT_DOCUMENT_LIMITS;
  return {
    formatError,
    validationRules: documentLimitRules(limits),
    parseOptions: documentParseOptions(limits),
    // A flood of invalid selections is answered with a few errors, not one per selection.
    validationOptions: { maxErrors: 10 },
    includeStacktraceInErrorResponses: false,
    introspection: options.introspection ?? true,
    // Shutdown is ours (main.ts): Apollo's own handlers would re-raise the signal and exit with 143.
    stopOnTerminationSignals: false,
  } as const;
}

export function productionPlugins(
  options: Pick<GraphServerOptions, 'httpServer' | 'shutdownGraceMs' | 'explorer'>,
): ApolloServerPlugin<GraphContext>[] {
  return [
    options.explorer === 'apollo'
      ? ApolloServerPluginLandingPageLocalDefault({ embed: true, includeCookies: false })
      : ApolloServerPluginLandingPageDisabled(),
    ...(options.httpServer
      ? [
          ApolloServerPluginDrainHttpServer({
            httpServer: options.httpServer,
            stopGracePeriodMillis: options.shutdownGraceMs ?? 10_000,
          }),
        ]
      : []),
  ];
}

let cacheHints: ReadonlyMap<string, CacheHint> | undefined;

/** Every field's HTTP cache lifetime, merged once from the subgraphs' cost declarations and cache hints. */
export function graphCacheHints(): ReadonlyMap<string, CacheHint> {
  return (cacheHints ??= mergeCacheHints(subgraphModules));
}

let costs: CostDeclarations | undefined;

/** Every subgraph's upstream cost declarations, merged once. */
export function graphCosts(): CostDeclarations {
  return (costs ??= mergeCosts(subgraphModules.map((module) => module.costs)));
}

type Gateway = ApolloServerOptionsWithGateway<GraphContext>['gateway'];

function gatewayFor(options: GraphServerOptions): Gateway {
  const subgraphs = travailGraphSubgraphs();
  if (options.subgraphUrls)
    return createApolloGateway(subgraphs, {
      urls: options.subgraphUrls,
      // The job seeker's token goes to the one subgraph that calls Métiers recherchés, and to no other.
      forwardedHeaders: { jobseeker: [JOB_SEEKER_TOKEN_HEADER] },
    });
  if (options.execution === 'gateway') return createApolloGateway(subgraphs);
  // The printed schema files, when they match the code, spare start-up the composition.
  return createMergedGateway(subgraphs, {
    jit: options.execution === 'merged',
    composed: readPrintedComposition(subgraphs, SCHEMA_DIR),
  });
}
