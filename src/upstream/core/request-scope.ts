import type { Deadline } from './deadline';
import type { UpstreamTally } from './upstream-observer';

/** A cached answer served after its lifetime because France Travail failed to give a fresh one. */
export interface StaleNotice {
  api: string;
  /** How old the answer is: seconds since France Travail gave it. */
  ageSeconds: number;
}

/**
 * What the upstream clients know of the incoming request they serve: until when it may wait, on whose behalf it
 * asks (fair sharing of the quota), where to say that an answer came stale from the cache, and where its upstream
 * work is counted. Every field is optional, so code outside a request (start-up, scripts, tests) calls with no
 * scope at all.
 */
export interface RequestScope {
  deadline?: Deadline;
  /** Who sent the request (X-Client-Id or address); callers without one share the 'anonymous' turn. */
  clientId?: string;
  /** `background`: work nobody waits for (the cache warm-up), given quota slots only when no live call waits. */
  priority?: 'live' | 'background';
  onStale?(notice: StaleNotice): void;
  /** Where this request's own upstream calls and cache lookups are counted (its log line, its cost report). */
  tally?: UpstreamTally;
}

export const ANONYMOUS_CLIENT = 'anonymous';
