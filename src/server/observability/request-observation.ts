import type { CacheTier, UpstreamApi, UpstreamTally } from '../../upstream';
import { logger } from './logger';

/** What one GraphQL request did, tallied while it runs, for its log line, its metrics and its cost report. */
export interface RequestObservation {
  requestId: string;
  startedAt: number;
  operationName?: string;
  operationHash?: string;
  /** Upstream calls that ended, by API (a call counts once, whatever its retries). */
  upstreamCalls: Partial<Record<UpstreamApi, number>>;
  /** Upstream HTTP attempts beyond the first, all APIs together. */
  upstreamRetries: number;
  /** Cache lookups by where they were served from; `coalesced` joined a load another caller had started. */
  cache: Record<CacheTier, number>;
  quotaWaitMs: number;
  errors: Record<string, number>;
  /** Whether the response carried a non-null root field (with errors: a partial answer). */
  hasData: boolean;
}

/**
 * Where a request's observation hangs on its HTTP request and on its GraphQL context: passed along explicitly rather
 * than through async context, because an AsyncLocalStorage would put a hook on every promise created while serving,
 * a measurable part of a small query's CPU. A symbol-keyed property, because Apollo Server hands its plugins a
 * shallow copy of the context (which copies the property, where a map keyed by the object would lose it).
 */
const OBSERVATION = Symbol('travail-graph.requestObservation');

type Observed = { [OBSERVATION]?: RequestObservation };

export function newObservation(requestId: string): RequestObservation {
  return {
    requestId,
    startedAt: performance.now(),
    upstreamCalls: {},
    upstreamRetries: 0,
    cache: { process: 0, shared: 0, miss: 0, coalesced: 0 },
    quotaWaitMs: 0,
    errors: {},
    hasData: false,
  };
}

/** Makes `observation` the one `owner` (an HTTP request, a GraphQL context) is observed by. */
export function bindObservation(owner: object, observation: RequestObservation): void {
  (owner as Observed)[OBSERVATION] = observation;
}

/** The observation bound to `owner`, if any (requests served without observation have none). */
export function observationOf(owner: object): RequestObservation | undefined {
  return (owner as Observed)[OBSERVATION];
}

/** Counts into `observation` what the upstream clients report for its request, and logs each call at debug level. */
export function observationTally(observation: RequestObservation): UpstreamTally {
  return {
    onCall(record) {
      observation.upstreamCalls[record.api] = (observation.upstreamCalls[record.api] ?? 0) + 1;
      observation.upstreamRetries += Math.max(0, record.attempts - 1);
      observation.quotaWaitMs += record.quotaWaitMs;
      logger().debug(
        {
          event: 'upstream_call',
          requestId: observation.requestId,
          api: record.api,
          endpoint: record.endpoint,
          status: record.status,
          durationMs: Math.round(record.durationMs),
          quotaWaitMs: Math.round(record.quotaWaitMs),
          attempts: record.attempts,
        },
        'upstream call',
      );
    },
    onCacheLookup(lookup) {
      observation.cache[lookup.tier] += 1;
    },
  };
}
