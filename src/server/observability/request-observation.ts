import { AsyncLocalStorage } from 'node:async_hooks';
import type { CacheTier, UpstreamApi } from '../../upstream';

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

const scope = new AsyncLocalStorage<RequestObservation>();

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

/** Runs `work` with `observation` as the current request's, for everything it starts, however asynchronous. */
export function observeRequest<T>(observation: RequestObservation, work: () => T): T {
  return scope.run(observation, work);
}

/** The request being served on this async path, if any (start-up loads and background work have none). */
export function currentObservation(): RequestObservation | undefined {
  return scope.getStore();
}
