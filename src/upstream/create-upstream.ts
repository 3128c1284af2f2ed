import { Keyv } from 'keyv';
import {
  DEFAULT_CIRCUIT,
  DEFAULT_REDIS_TIMEOUT_MS,
  DEFAULT_REQUEST_DEADLINE_MS,
  DEFAULT_STALE_IF_ERROR_MS,
  type UpstreamApi,
  type UpstreamConfig,
} from './config';
import { ApiCaller } from './core/api-caller';
import { ApiCircuits } from './core/circuit-breakers';
import { FairQuotaQueue } from './core/fair-quota-queue';
import { HttpTransport } from './core/http-transport';
import { RedisLoadLock } from './core/load-lock';
import { BoundedMemoryStore } from './core/memory-store';
import { ClientCredentialsTokens } from './core/oauth-tokens';
import { MemoryQuotaLimiter, type QuotaLimiter } from './core/quota-limiter';
import { connectRedis, type RedisConnection, redisModule } from './core/redis-connection';
import { RedisGuard } from './core/redis-guard';
import { RedisQuotaLimiter } from './core/redis-quota-limiter';
import { ResponseCache } from './core/response-cache';
import { UPSTREAM_SCOPES } from './core/scopes';
import type { ApiState, Upstream } from './index';
import { AgencesClient } from './agences/agences-client';
import { InfotravailClient } from './infotravail/infotravail-client';
import { MarcheClient } from './marche/marche-client';
import { MetiersRecherchesClient } from './metiers-recherches/metiers-recherches-client';
import { userKeyer } from './metiers-recherches/user-key';
import { OffresClient } from './offres/offres-client';
import { ContextesTravailClient } from './rome/contextes-travail-client';
import { RomeLookupClient } from './rome/lookup-client';
import { RomeClient } from './rome/rome-client';

const DEFAULT_CONNECTIONS_PER_ORIGIN = 16;
const DEFAULT_PARSED_CACHE_ENTRIES = 2000;
/** The in-memory shared layer keeps more entries than the parsed LRU: they are cheap serialised rows. */
const MEMORY_STORE_ENTRIES = 10_000;
/** Cache entries are stored under this version, so a change of stored shape never reads old entries. */
const CACHE_FORMAT = 'v2';
/**
 * The APIs the graph calls with the application's token. Métiers recherchés is called with each job seeker's own
 * token: the application never holds one for it.
 */
export const APIS_IN_USE: readonly UpstreamApi[] = [
  'offres',
  'rome-metiers',
  'rome-fiches-metiers',
  'rome-competences',
  'rome-contextes-travail',
  'marche',
  'agences',
  'infotravail',
];

/**
 * Builds the France Travail clients for one process: one HTTP agent, one token holder, one quota limiter and
 * one cache shared by every API; cache and limiter go through Redis when `redisUrl` is set. Identical
 * concurrent calls made through the returned object share one upstream call.
 */
export async function createUpstream(config: UpstreamConfig): Promise<Upstream> {
  assertUsableConfig(config);
  const transport = new HttpTransport({
    timeoutMs: config.requestTimeoutMs,
    connectionsPerOrigin: config.connectionsPerOrigin ?? DEFAULT_CONNECTIONS_PER_ORIGIN,
  });

  let redis: RedisConnection | undefined;
  if (config.redisUrl) {
    try {
      redis = await connectRedis(config.redisUrl, config.requestTimeoutMs);
    } catch (error) {
      await transport.close();
      throw error;
    }
  }
  const connected = redis;
  // One guard for cache and limiter: a Redis found hung by one is skipped by both until it answers again.
  const redisGuard = connected
    ? new RedisGuard(() => connected.ping(), { timeoutMs: config.redisTimeoutMs ?? DEFAULT_REDIS_TIMEOUT_MS })
    : undefined;

  const shared = redis
    ? new Keyv({ store: new (redisModule().default)(redis), namespace: config.keyPrefix, useKeyPrefix: false })
    : // In process, the shared layer holds the very objects the parsed LRU holds: serialising them would only keep a
      // second, string copy of every answer (tens of MB for the whole ROME referentials).
      new Keyv({
        store: new BoundedMemoryStore(MEMORY_STORE_ENTRIES),
        namespace: config.keyPrefix,
        serialize: undefined,
        deserialize: undefined,
      });
  // Keyv reports store failures as events; the cache already treats them as misses.
  shared.on('error', () => undefined);
  const cache = new ResponseCache({
    shared,
    maxParsedEntries: config.parsedCacheEntries ?? DEFAULT_PARSED_CACHE_ENTRIES,
    keyVersion: CACHE_FORMAT,
    staleIfErrorMs: config.staleIfErrorMs ?? DEFAULT_STALE_IF_ERROR_MS,
    sharedGuard: redisGuard,
    loadLock:
      connected && redisGuard
        ? new RedisLoadLock(connected, { keyPrefix: config.keyPrefix, guard: redisGuard })
        : undefined,
    observer: config.observer,
  });

  const limiter: QuotaLimiter = connected
    ? new RedisQuotaLimiter(connected, config.quotas, config.keyPrefix, redisGuard)
    : new MemoryQuotaLimiter(config.quotas);
  const tokens = new ClientCredentialsTokens(transport, {
    tokenUrl: config.endpoints.tokenUrl,
    credentials: config.credentials,
    refreshMarginMs: config.tokenRefreshMarginMs,
    maxRetries: config.maxRetries,
  });
  const quotaQueue = new FairQuotaQueue(limiter, config.quotas);
  const circuits = new ApiCircuits(config.circuit ?? DEFAULT_CIRCUIT);
  const caller = new ApiCaller(transport, tokens, quotaQueue, circuits, {
    scopes: UPSTREAM_SCOPES,
    maxRetries: config.maxRetries,
    maxQuotaWaitMs: config.maxQuotaWaitMs,
    attemptTimeoutMs: config.requestTimeoutMs,
    defaultDeadlineMs: config.requestDeadlineMs ?? DEFAULT_REQUEST_DEADLINE_MS,
    observer: config.observer,
  });

  const { endpoints, ttls } = config;
  let closing: Promise<void> | undefined;
  return {
    offres: new OffresClient(caller, cache, trimSlash(endpoints.offres), ttls),
    rome: new RomeClient(
      caller,
      cache,
      {
        romeMetiers: trimSlash(endpoints.romeMetiers),
        romeFichesMetiers: trimSlash(endpoints.romeFichesMetiers),
        romeCompetences: trimSlash(endpoints.romeCompetences),
      },
      ttls,
    ),
    romeContextesTravail: new ContextesTravailClient(caller, cache, trimSlash(endpoints.romeContextesTravail), ttls),
    romeLookup: new RomeLookupClient(caller, {
      romeMetiers: trimSlash(endpoints.romeMetiers),
      romeFichesMetiers: trimSlash(endpoints.romeFichesMetiers),
      romeCompetences: trimSlash(endpoints.romeCompetences),
      romeContextesTravail: trimSlash(endpoints.romeContextesTravail),
    }),
    marche: new MarcheClient(caller, cache, trimSlash(endpoints.marche), ttls),
    agences: new AgencesClient(caller, cache, trimSlash(endpoints.agences), ttls),
    infotravail: new InfotravailClient(caller, cache, trimSlash(endpoints.infotravail), ttls),
    requestDeadlineMs: config.requestDeadlineMs ?? DEFAULT_REQUEST_DEADLINE_MS,
    metiersRecherches: new MetiersRecherchesClient(caller, cache, {
      baseUrl: trimSlash(endpoints.metiersRecherches),
      ttlMs: ttls.jobSeekerMs,
      userKey: userKeyer(config.userKeySecret),
    }),
    apiStates() {
      const states = {} as Record<UpstreamApi, ApiState>;
      for (const api of Object.keys(UPSTREAM_SCOPES) as UpstreamApi[])
        states[api] = { circuit: circuits.positionOf(api), waitingForQuota: quotaQueue.waitingFor(api) };
      return states;
    },
    async fetchTokens() {
      await Promise.all(APIS_IN_USE.map((api) => tokens.get(api, UPSTREAM_SCOPES[api])));
    },
    close() {
      closing ??= Promise.all([transport.close(), redis?.isOpen ? redis.close() : undefined]).then(() => undefined);
      return closing;
    },
  };
}

function trimSlash(url: string): string {
  return url.replace(/\/+$/, '');
}

function assertUsableConfig(config: UpstreamConfig): void {
  const problems: string[] = [];
  for (const [api, rate] of Object.entries(config.quotas) as [UpstreamApi, number][]) {
    if (!(rate > 0) || !Number.isFinite(rate)) problems.push(`quotas.${api} must be a positive number`);
  }
  for (const api of Object.keys(UPSTREAM_SCOPES) as UpstreamApi[]) {
    if (config.quotas[api] === undefined) problems.push(`quotas.${api} is missing`);
  }
  if (!(config.requestTimeoutMs > 0)) problems.push('requestTimeoutMs must be positive');
  if (!Number.isInteger(config.maxRetries) || config.maxRetries < 0)
    problems.push('maxRetries must be a non-negative integer');
  if (!(config.maxQuotaWaitMs >= 0)) problems.push('maxQuotaWaitMs must be zero or more');
  if (config.requestDeadlineMs !== undefined && !(config.requestDeadlineMs > 0))
    problems.push('requestDeadlineMs must be positive');
  if (config.redisTimeoutMs !== undefined && !(config.redisTimeoutMs > 0))
    problems.push('redisTimeoutMs must be positive');
  if (config.circuit && !(Number.isInteger(config.circuit.failuresToOpen) && config.circuit.failuresToOpen >= 1))
    problems.push('circuit.failuresToOpen must be a positive integer');
  if (!(config.tokenRefreshMarginMs >= 0)) problems.push('tokenRefreshMarginMs must be zero or more');
  if (!config.keyPrefix) problems.push('keyPrefix must not be empty');
  if (!config.credentials.clientId || !config.credentials.clientSecret) problems.push('credentials are missing');
  if (problems.length > 0) throw new Error(`Invalid upstream configuration: ${problems.join('; ')}`);
}
