import type { Server } from 'node:http';
import { prepareGraph } from '../graph';
import { startSandbox, type Sandbox } from '../sandbox';
import { createUpstream, endpointsFrom, type Upstream, type UpstreamConfig } from '../upstream';
import type { ServerConfig } from './config';
import { GraphQLResponseCache } from './http-cache/response-cache';
import { memoryResponseStore, redisResponseStore } from './http-cache/response-store';
import { explorerPage } from './explorer/explorer-route';
import { createGraphServer } from './graph-server';
import { graphqlRoute } from './http/graphql-route';
import { createHttpServer, listen } from './http/http-front';
import { healthRoute, readyRoute } from './http/health-routes';
import { Router } from './http/router';
import { logger } from './observability/logger';
import { metricsRoute } from './observability/metrics-route';
import { ServerMetrics } from './observability/metrics';
import { observedRoute } from './observability/observed-route';
import { startTracing } from './observability/tracing';
import { upstreamObservation } from './observability/upstream-observation';
import { readinessChecks } from './readiness';
import { requestContext } from './request-context';
import { type BackgroundWarmUp, warmInBackground } from './warm-up/warm-on-start';

export interface RunningServer {
  url: string;
  mode: ServerConfig['mode'];
  /** The embedded France Travail simulator, in sandbox mode. */
  sandbox?: Sandbox;
  upstream?: Upstream;
  /** Where further routes plug in (`router.route('/metrics', handler)`), before or after start. */
  router: Router;
  httpServer: Server;
  /** The WARM_ON_START run, when configured: started once the server listens. */
  warmUp?: BackgroundWarmUp;
  stop(): Promise<void>;
}

/** Starts the sandbox (unless live), the upstream clients and the graph on one port. */
export async function startServer(config: ServerConfig): Promise<RunningServer> {
  const sandbox =
    config.mode === 'sandbox' && !config.upstream.endpoints && !config.subgraphUrls
      ? await startSandbox({
          port: config.sandbox.port,
          dataDir: config.sandbox.dataDir,
          latencyMs: config.sandbox.latencyMs,
        })
      : undefined;
  const metrics = config.observability.metrics ? new ServerMetrics() : undefined;
  const tracing = config.observability.tracing ? await startTracing(config.observability.tracing) : undefined;
  const started = config.subgraphUrls
    ? undefined
    : await startUpstream({
        ...upstreamConfig(config, sandbox),
        observer: upstreamObservation(metrics, tracing?.tracer),
      });
  const upstream = started?.upstream;
  if (upstream) metrics?.watchUpstream(() => upstream.apiStates());
  if (upstream) {
    prepareGraph();
    await upstream.fetchTokens().catch((error: unknown) => {
      logger().warn(
        { event: 'startup_tokens_failed', reason: error instanceof Error ? error.message : String(error) },
        'could not obtain France Travail access tokens at start-up; queries will report it',
      );
    });
  }
  const responseCache = await createResponseCache(config).catch(async (error: unknown) => {
    await upstream?.close();
    await sandbox?.close();
    await tracing?.shutdown();
    throw error;
  });
  const router = new Router();
  const httpServer = createHttpServer(router, { maxBodyBytes: config.http.maxBodyBytes });
  const server = createGraphServer({
    execution: config.execution,
    subgraphUrls: config.subgraphUrls,
    httpServer,
    shutdownGraceMs: config.http.shutdownGraceMs,
    introspection: config.introspection,
    explorer: config.explorer,
    documentLimits: config.documentLimits,
    upstreamCallBudget: config.upstreamCallBudget,
  });
  try {
    await server.start();
    const graphql = graphqlRoute({
      server,
      maxBodyBytes: config.http.maxBodyBytes,
      responseCache,
      context: (req) => requestContext(req, upstream),
    });
    const observedGraphql = observedRoute(graphql, { metrics, tracer: tracing?.tracer });
    const explorer =
      config.explorer === 'graphiql'
        ? explorerPage({
            endpoint: '/',
            jobSeekerToken: sandbox ? 'sandbox-jobseeker-alice' : '<the job seeker access token>',
          })
        : undefined;
    router
      .route('/', (req, res, url) => (explorer?.(req, res, url) ? undefined : observedGraphql(req, res, url)))
      .route('/health', healthRoute)
      .route('/metrics', metricsRoute(metrics))
      .route(
        '/ready',
        readyRoute(
          readinessChecks({ upstream, redisUrl: config.upstream.redisUrl, redisDegraded: started?.redisDegraded }),
        ),
      );
    const url = await listen(httpServer, config.port, config.host);
    const warmUp =
      upstream && config.warmUp.onStart
        ? warmInBackground({
            upstream,
            plan: config.warmUp.onStart,
            quotaShare: config.warmUp.quotaShare,
            quotas: config.upstream.quotas,
          })
        : undefined;
    let stopping: Promise<void> | undefined;
    return {
      url,
      mode: config.mode,
      sandbox,
      upstream,
      router,
      httpServer,
      warmUp,
      stop() {
        stopping ??= (async () => {
          await warmUp?.stop();
          await server.stop();
          await responseCache?.close();
          await upstream?.close();
          await sandbox?.close();
          // Last: the spans of the requests drained above are sent before the process exits.
          await tracing?.shutdown();
        })();
        return stopping;
      },
    };
  } catch (error) {
    await server.stop().catch(() => undefined);
    await responseCache?.close();
    httpServer.close();
    await upstream?.close();
    await sandbox?.close();
    await tracing?.shutdown();
    throw error;
  }
}

/**
 * A Redis that cannot be reached at start-up does not stop the graph: it serves with its cache and quota limiter in
 * process memory, as it does when Redis goes away later, says so loudly, and `/ready` reports it.
 */
async function startUpstream(config: UpstreamConfig): Promise<{ upstream: Upstream; redisDegraded: boolean }> {
  try {
    return { upstream: await createUpstream(config), redisDegraded: false };
  } catch (error) {
    if (!config.redisUrl || !/redis/i.test(error instanceof Error ? error.message : '')) throw error;
    logger().warn(
      { event: 'redis_unreachable_at_start' },
      'Redis at REDIS_URL is unreachable at start-up; cache and quota limiter run in process memory. ' +
        'Quotas are NOT shared with other instances until this process restarts with Redis reachable.',
    );
    return { upstream: await createUpstream({ ...config, redisUrl: undefined }), redisDegraded: true };
  }
}

async function createResponseCache(config: ServerConfig): Promise<GraphQLResponseCache | undefined> {
  const { store, ...limits } = config.responseCache;
  if (store === 'off') return undefined;
  return new GraphQLResponseCache(
    store === 'redis' && config.upstream.redisUrl
      ? await redisResponseStore({ url: config.upstream.redisUrl, keyPrefix: config.upstream.keyPrefix, limits })
      : memoryResponseStore(limits),
  );
}

export function upstreamConfig(config: ServerConfig, sandbox: Sandbox | undefined): UpstreamConfig {
  const { endpoints, credentials, ...rest } = config.upstream;
  if (sandbox)
    return {
      ...rest,
      endpoints: endpointsFrom(sandbox.apiBaseUrl, sandbox.tokenUrl),
      credentials: sandbox.credentials,
    };
  if (!endpoints || !credentials)
    throw new Error('Set FT_CLIENT_ID and FT_CLIENT_SECRET (live mode), or leave both unset to use the sandbox.');
  return { ...rest, endpoints, credentials };
}
