import 'reflect-metadata';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { GraphContext } from '../graph';
import { createUpstream } from '../upstream';
import { loadConfig } from './config';
import { baseFeatures, productionDefaults, productionPlugins, travailGraphSubgraphs } from './graph-server';
import { graphqlRoute } from './http/graphql-route';
import { healthRoute } from './http/health-routes';
import { createHttpServer, listen } from './http/http-front';
import { Router } from './http/router';
import { observedRoute } from './observability/observed-route';
import { startTracing } from './observability/tracing';
import { upstreamObservation } from './observability/upstream-observation';
import { requestFeaturesPlugin } from './plugins/request-features';
import { requestContext } from './request-context';
import { shutdownOnSignals } from './shutdown';
import { defaultSubgraphPort } from './subgraph-routing';

/**
 * Runs one subgraph as its own process, for Apollo Router, Hive Gateway or `SUBGRAPH_URLS`.
 * Usage: `npm run subgraph -- <name>`; it answers on `/` and `/graphql`, and PORT defaults to where
 * schema/supergraph.graphql routes it (4001 for the first subgraph of src/graph/index.ts, 4002 for the second…). It talks to France Travail
 * (or a standalone sandbox) through FT_CLIENT_ID / FT_CLIENT_SECRET / FT_API_BASE_URL / FT_TOKEN_URL.
 */
async function main(): Promise<void> {
  const name = process.argv[2];
  const subgraph = travailGraphSubgraphs().find((candidate) => candidate.name === name);
  if (!subgraph)
    throw new Error(
      `Unknown subgraph "${name ?? ''}"; expected one of ${travailGraphSubgraphs()
        .map((s) => s.name)
        .join(', ')}.`,
    );
  const names = travailGraphSubgraphs().map((candidate) => candidate.name);
  const config = loadConfig({ PORT: String(defaultSubgraphPort(names, subgraph.name)), ...process.env });
  const { endpoints, credentials, ...rest } = config.upstream;
  if (!endpoints || !credentials) {
    throw new Error(
      'A subgraph process needs FT_CLIENT_ID and FT_CLIENT_SECRET (and FT_API_BASE_URL / FT_TOKEN_URL to use a standalone sandbox: `npm run sandbox`).',
    );
  }
  // Traced when an OTLP endpoint is set (spans join the gateway's trace); no request logs or metrics of its own.
  const tracing = config.observability.tracing ? await startTracing(config.observability.tracing) : undefined;
  const upstream = await createUpstream({
    ...rest,
    endpoints,
    credentials,
    observer: tracing ? upstreamObservation(undefined, tracing.tracer) : undefined,
  });
  const router = new Router();
  const httpServer = createHttpServer(router, { maxBodyBytes: config.http.maxBodyBytes });
  const server = new ApolloServer<GraphContext>({
    schema: subgraph.schema,
    ...productionDefaults(config),
    plugins: [
      ApolloServerPluginCacheControlDisabled(),
      requestFeaturesPlugin(baseFeatures),
      ...productionPlugins({ ...config, httpServer, shutdownGraceMs: config.http.shutdownGraceMs }),
    ],
  });
  await server.start();
  const served = graphqlRoute({
    server,
    maxBodyBytes: config.http.maxBodyBytes,
    context: (req) => requestContext(req, upstream),
  });
  const graphql = tracing ? observedRoute(served, { tracer: tracing.tracer, log: false }) : served;
  router.route('/', graphql).route('/graphql', graphql).route('/health', healthRoute);
  const url = await listen(httpServer, config.port, config.host);
  console.log(`travail-graph subgraph "${name}" ready at ${url}`);
  const shutdown = shutdownOnSignals({
    stop: () =>
      server
        .stop()
        .then(() => upstream.close())
        .then(() => tracing?.shutdown()),
    graceMs: config.http.shutdownGraceMs,
  });
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  console.error(`subgraph failed to start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
