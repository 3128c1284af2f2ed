import {
  DEFAULT_CIRCUIT,
  DEFAULT_QUOTAS,
  DEFAULT_REDIS_TIMEOUT_MS,
  DEFAULT_REQUEST_DEADLINE_MS,
  DEFAULT_STALE_IF_ERROR_MS,
  DEFAULT_TTLS,
  endpointsFrom,
  type FranceTravailEndpoints,
  type UpstreamApi,
  type UpstreamConfig,
} from '../upstream';
import { upstreamCallBudget } from './demand-control/demand-control';
import { DEFAULT_DOCUMENT_LIMITS, type DocumentLimits } from './limits/document-limits';
import type { LogFormat } from './observability/logger';
import { type TracingConfig, tracingConfigFrom } from './observability/tracing';

export const LIVE_TOKEN_URL = 'https://entreprise.francetravail.fr/connexion/oauth2/access_token?realm=%2Fpartenaire';
export const LIVE_API_BASE_URL = 'https://api.francetravail.io/partenaire';

export type ExecutionMode = 'merged' | 'merged-graphql-js' | 'gateway';

export interface ServerConfig {
  port: number;
  host: string;
  /** Live when FT_CLIENT_ID and FT_CLIENT_SECRET are both set; otherwise the embedded sandbox answers. */
  mode: 'live' | 'sandbox';
  /** merged: in-process compiled execution (default); merged-graphql-js: the same without graphql-jit; gateway: @apollo/gateway over in-process subgraphs. */
  execution: ExecutionMode;
  /** When set, serve an @apollo/gateway over these subgraph URLs instead of running the subgraphs here. */
  subgraphUrls?: Record<string, string>;
  sandbox: { port: number; dataDir?: string; latencyMs: number };
  http: {
    /** Largest request body, in bytes, before and after decompression. */
    maxBodyBytes: number;
    /** How long a shutdown waits for requests in flight before closing their connections. */
    shutdownGraceMs: number;
  };
  /** Size limits of a GraphQL document (depth, aliases, directives, tokens). */
  documentLimits: DocumentLimits;
  /** Most upstream calls one operation may need, per API (demand control). */
  upstreamCallBudget: Record<UpstreamApi, number>;
  /** Schema introspection (INTROSPECTION, on unless `false`). */
  introspection: boolean;
  /**
   * The explorer on GET / for browsers (EXPLORER): `graphiql` (default, served from our own dependencies, works
   * offline), `apollo` (Apollo Sandbox, loaded from Apollo's CDN) or `false`.
   */
  explorer: ExplorerKind | false;
  /** Whole answers of identical operations and variables, reused for their max-age (RESPONSE_CACHE, off by default). */
  responseCache: {
    store: 'off' | 'memory' | 'redis';
    /** Most answers kept in memory (RESPONSE_CACHE_MAX_ENTRIES). */
    maxEntries: number;
    /** Most bytes kept in memory; no answer over a tenth of it is kept (RESPONSE_CACHE_MAX_BYTES). */
    maxBytes: number;
  };
  /** Logs, metrics and traces (LOG_LEVEL, LOG_FORMAT, METRICS, OTEL_EXPORTER_OTLP_ENDPOINT…); no traces without an endpoint. */
  observability: { logLevel: string; logFormat: LogFormat; metrics: boolean; tracing?: TracingConfig };
  /**
   * Cache warm-up run in the background once the server is ready (WARM_ON_START: a plan string such as
   * `--departement 75 --all`, or the path of a JSON plan), at WARM_QUOTA_SHARE of each API's quota.
   */
  warmUp: { onStart?: string; quotaShare?: number };
  upstream: Omit<UpstreamConfig, 'endpoints' | 'credentials'> & {
    endpoints?: FranceTravailEndpoints;
    credentials?: UpstreamConfig['credentials'];
  };
}

type Env = Record<string, string | undefined>;

export function loadConfig(env: Env = process.env): ServerConfig {
  const live = Boolean(env.FT_CLIENT_ID && env.FT_CLIENT_SECRET);
  const explicitEndpoints = live || env.FT_API_BASE_URL || env.FT_TOKEN_URL;
  const quotas = quotasFrom(env);
  return {
    port: integer(env, 'PORT', 4000),
    host: env.HOST ?? '0.0.0.0',
    mode: live ? 'live' : 'sandbox',
    execution: executionMode(env.GRAPH_EXECUTION),
    subgraphUrls: env.SUBGRAPH_URLS ? parseSubgraphUrls(env.SUBGRAPH_URLS) : undefined,
    sandbox: {
      port: integer(env, 'SANDBOX_PORT', 0),
      dataDir: env.SANDBOX_DATA_DIR || undefined,
      latencyMs: integer(env, 'SANDBOX_LATENCY_MS', 0),
    },
    http: {
      maxBodyBytes: integer(env, 'MAX_BODY_BYTES', 256 * 1024),
      shutdownGraceMs: integer(env, 'SHUTDOWN_GRACE_MS', 10_000),
    },
    documentLimits: {
      maxDepth: integer(env, 'MAX_DEPTH', DEFAULT_DOCUMENT_LIMITS.maxDepth),
      maxAliases: integer(env, 'MAX_ALIASES', DEFAULT_DOCUMENT_LIMITS.maxAliases),
      maxDirectives: integer(env, 'MAX_DIRECTIVES', DEFAULT_DOCUMENT_LIMITS.maxDirectives),
      maxTokens: integer(env, 'MAX_TOKENS', DEFAULT_DOCUMENT_LIMITS.maxTokens),
    },
    upstreamCallBudget: upstreamCallBudget(
      quotas,
      number(env, 'UPSTREAM_BUDGET_SECONDS', 20),
      callOverrides(env.MAX_UPSTREAM_CALLS, Object.keys(quotas) as UpstreamApi[]),
    ),
    introspection: flag(env, 'INTROSPECTION', true),
    explorer: explorerKind(env.EXPLORER),
    responseCache: {
      store: responseCacheStore(env),
      maxEntries: integer(env, 'RESPONSE_CACHE_MAX_ENTRIES', 1000),
      maxBytes: integer(env, 'RESPONSE_CACHE_MAX_BYTES', 64 * 1024 * 1024),
    },
    warmUp: {
      onStart: env.WARM_ON_START?.trim() || undefined,
      quotaShare: env.WARM_QUOTA_SHARE ? number(env, 'WARM_QUOTA_SHARE', 1) : undefined,
    },
    observability: {
      logLevel: logLevel(env.LOG_LEVEL),
      logFormat: env.LOG_FORMAT === 'pretty' ? 'pretty' : 'json',
      metrics: flag(env, 'METRICS', true),
      tracing: tracingConfigFrom(env),
    },
    upstream: {
      endpoints: explicitEndpoints
        ? endpointsFrom(env.FT_API_BASE_URL ?? LIVE_API_BASE_URL, env.FT_TOKEN_URL ?? LIVE_TOKEN_URL, env)
        : undefined,
      credentials: live ? { clientId: env.FT_CLIENT_ID!, clientSecret: env.FT_CLIENT_SECRET! } : undefined,
      quotas,
      redisUrl: env.REDIS_URL || undefined,
      keyPrefix: env.CACHE_PREFIX ?? 'travail-graph:',
      ttls: { ...DEFAULT_TTLS, jobSeekerMs: integer(env, 'JOB_SEEKER_CACHE_TTL_MS', DEFAULT_TTLS.jobSeekerMs) },
      userKeySecret: env.JOB_SEEKER_CACHE_SECRET || undefined,
      requestTimeoutMs: integer(env, 'FT_TIMEOUT_MS', 10_000),
      maxRetries: integer(env, 'FT_MAX_RETRIES', 3),
      maxQuotaWaitMs: integer(env, 'FT_MAX_QUOTA_WAIT_MS', 15_000),
      requestDeadlineMs: positiveInteger(env, 'REQUEST_DEADLINE_MS', DEFAULT_REQUEST_DEADLINE_MS),
      staleIfErrorMs: integer(env, 'FT_STALE_IF_ERROR_MS', DEFAULT_STALE_IF_ERROR_MS),
      circuit: {
        failuresToOpen: positiveInteger(env, 'FT_CIRCUIT_FAILURES', DEFAULT_CIRCUIT.failuresToOpen),
        halfOpenAfterMs: integer(env, 'FT_CIRCUIT_HALF_OPEN_MS', DEFAULT_CIRCUIT.halfOpenAfterMs),
      },
      redisTimeoutMs: positiveInteger(env, 'REDIS_TIMEOUT_MS', DEFAULT_REDIS_TIMEOUT_MS),
      tokenRefreshMarginMs: 60_000,
    },
  };
}

function quotasFrom(env: Env): Record<UpstreamApi, number> {
  const rome = number(env, 'FT_QUOTA_ROME', DEFAULT_QUOTAS['rome-metiers']);
  return {
    offres: number(env, 'FT_QUOTA_OFFRES', DEFAULT_QUOTAS.offres),
    'rome-metiers': rome,
    'rome-fiches-metiers': rome,
    'rome-competences': rome,
    'rome-contextes-travail': rome,
    marche: number(env, 'FT_QUOTA_MARCHE', DEFAULT_QUOTAS.marche),
    agences: number(env, 'FT_QUOTA_AGENCES', DEFAULT_QUOTAS.agences),
    infotravail: number(env, 'FT_QUOTA_INFOTRAVAIL', DEFAULT_QUOTAS.infotravail),
    'metiers-recherches': number(env, 'FT_QUOTA_METIERS_RECHERCHES', DEFAULT_QUOTAS['metiers-recherches']),
  };
}

function executionMode(value: string | undefined): ExecutionMode {
  if (value === undefined || value === '' || value === 'merged') return 'merged';
  if (value === 'merged-graphql-js' || value === 'gateway') return value;
  throw new Error(`GRAPH_EXECUTION must be merged, merged-graphql-js or gateway; got "${value}".`);
}

export function parseSubgraphUrls(value: string): Record<string, string> {
  const urls: Record<string, string> = {};
  for (const pair of value.split(',')) {
    const [name, url] = pair.split('=').map((part) => part.trim());
    if (!name || !url)
      throw new Error(`SUBGRAPH_URLS must look like "offers=http://host:4001/,rome=…"; got "${value}".`);
    urls[name] = url;
  }
  return urls;
}

function positiveInteger(env: Env, name: string, fallback: number): number {
  const value = integer(env, name, fallback);
  if (value < 1) throw new Error(`${name} must be at least 1; got "${env[name]}".`);
  return value;
}

/** `MAX_UPSTREAM_CALLS`: one number for every API, or `offres=200,marche=300`. */
function callOverrides(value: string | undefined, apis: UpstreamApi[]): Partial<Record<UpstreamApi, number>> {
  if (value === undefined || value.trim() === '') return {};
  const count = (raw: string | undefined) => {
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 0)
      throw new Error(`MAX_UPSTREAM_CALLS must hold non-negative integers; got "${value}".`);
    return n;
  };
  if (!value.includes('=')) return Object.fromEntries(apis.map((api) => [api, count(value.trim())]));
  const overrides: Partial<Record<UpstreamApi, number>> = {};
  for (const pair of value.split(',')) {
    const [api, raw] = pair.split('=').map((part) => part.trim());
    if (!apis.includes(api as UpstreamApi))
      throw new Error(`MAX_UPSTREAM_CALLS names an unknown API "${api}"; expected one of ${apis.join(', ')}.`);
    overrides[api as UpstreamApi] = count(raw);
  }
  return overrides;
}

function responseCacheStore(env: Env): ServerConfig['responseCache']['store'] {
  const value = env.RESPONSE_CACHE?.trim().toLowerCase() || 'off';
  if (value === 'false' || value === '0') return 'off';
  if (value !== 'off' && value !== 'memory' && value !== 'redis')
    throw new Error(`RESPONSE_CACHE must be off, memory or redis; got "${env.RESPONSE_CACHE}".`);
  if (value === 'redis' && !env.REDIS_URL) throw new Error('RESPONSE_CACHE=redis needs REDIS_URL.');
  return value;
}

export type ExplorerKind = 'graphiql' | 'apollo';

function explorerKind(raw: string | undefined): ExplorerKind | false {
  const value = raw?.trim().toLowerCase();
  if (value === undefined || value === '' || value === 'true' || value === '1' || value === 'graphiql')
    return 'graphiql';
  if (value === 'false' || value === '0') return false;
  if (value === 'apollo') return 'apollo';
  throw new Error(`EXPLORER must be graphiql, apollo or false; got "${raw}".`);
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

function logLevel(raw: string | undefined): string {
  const level = raw?.trim().toLowerCase() || 'info';
  if (!LOG_LEVELS.includes(level)) throw new Error(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}; got "${raw}".`);
  return level;
}

function flag(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (raw === 'true' || raw === '1') return true;
  if (raw === 'false' || raw === '0') return false;
  throw new Error(`${name} must be true or false; got "${env[name]}".`);
}

function integer(env: Env, name: string, fallback: number): number {
  const value = number(env, name, fallback);
  if (!Number.isInteger(value)) throw new Error(`${name} must be an integer; got "${env[name]}".`);
  return value;
}

function number(env: Env, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a non-negative number; got "${raw}".`);
  return value;
}
