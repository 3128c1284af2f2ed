import type { UpstreamApi } from '../config';

/** One France Travail call as it ended: after its retries, whatever the outcome. */
export interface UpstreamCallRecord {
  api: UpstreamApi;
  /** The path with identifiers replaced by `:id`, so it can label a metric. */
  endpoint: string;
  /** The last HTTP status received, or `network` when no answer came back. */
  status: number | 'network';
  durationMs: number;
  /** Time spent waiting for quota slots (ours and Retry-After pauses). */
  quotaWaitMs: number;
  /** HTTP attempts made (1 unless retried). */
  attempts: number;
}

/** Where a cached resource came from: the parsed values in process, the shared layer, upstream, or a load already on its way. */
export type CacheTier = 'process' | 'shared' | 'miss' | 'coalesced';

export interface CacheLookup {
  /** The resource kind: the first two segments of its key (`rome:metiers`, `offres:search`). */
  kind: string;
  tier: CacheTier;
}

/**
 * What operators watch (logs, metrics, per-request cost): upstream code reports here and knows nothing of
 * where it goes. Callbacks run synchronously on the caller's async context, so per-request tallies can use it.
 */
export interface UpstreamObserver {
  onCall?(record: UpstreamCallRecord): void;
  onCacheLookup?(lookup: CacheLookup): void;
  /**
   * Runs one cached-resource lookup (cache tiers, then the call on a miss) as a unit of its own, so that what it
   * reports is attributed to it (a trace span). Lookups run as they are when absent.
   */
  withinLookup?<T>(kind: string, work: () => Promise<T>): Promise<T>;
}

/**
 * The part of an observer that follows one request (its `RequestScope.tally`): told of the calls and cache lookups
 * made on that request's behalf. A load several requests share is told to the one that started it.
 */
export type UpstreamTally = Pick<UpstreamObserver, 'onCall' | 'onCacheLookup'>;

/** An identifier-looking path segment (digits, or long opaque tokens; not an API version) becomes `:id`. */
export function endpointOf(url: string): string {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return 'unknown';
  }
  return path
    .split('/')
    .map((segment) => ((/\d/.test(segment) && !/^v\d+$/.test(segment)) || segment.length > 40 ? ':id' : segment))
    .join('/');
}

export function cacheKindOf(resourceKey: string): string {
  // Runs on every cache lookup, warm hits included: found by position rather than by splitting the key.
  const first = resourceKey.indexOf(':');
  const second = first < 0 ? -1 : resourceKey.indexOf(':', first + 1);
  return second < 0 ? resourceKey : resourceKey.slice(0, second);
}
