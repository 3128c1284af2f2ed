/**
 * Token bucket in its GCRA form (generic cell rate algorithm): the whole bucket is one number, the
 * "theoretical arrival time" (tat) of the next call. A caller reserves a slot and learns how long to wait
 * for it, so waiting callers are served in arrival order without polling. The same arithmetic runs in
 * memory (quota-limiter.ts) and inside Redis (redis-quota-limiter.ts), where it must stay in step.
 */
export interface GcraState {
  /** Epoch-like ms at which the bucket would be full again. */
  tat: number;
  /** No call may start before this time (set from an upstream Retry-After). */
  pausedUntil: number;
}

export interface GcraParams {
  /** Calls per second. */
  ratePerSecond: number;
  /** Calls that may start back to back when the bucket is full. */
  burst: number;
}

export interface Reservation {
  granted: boolean;
  /** How long the caller must wait before its slot; when not granted, how long it would have had to wait. */
  waitMs: number;
}

export function burstFor(ratePerSecond: number): number {
  return Math.max(1, Math.floor(ratePerSecond));
}

/**
 * Our calls leave evenly spaced but do not reach France Travail's bucket so: the first of a burst may be served
 * late (a new connection, a slow answer), so its bucket starts refilling late, and the call after the burst, on time
 * here, finds the bucket short and draws a 429 (a whole second of Retry-After). Keeping one call of the burst in
 * reserve absorbs up to one interval of such lateness at the cost of one interval per burst.
 */
const BURST_RESERVE = 1;

export function bucketFor(quota: number): GcraParams {
  return { ratePerSecond: quota, burst: Math.max(1, burstFor(quota) - BURST_RESERVE) };
}

export function reserveSlot(
  state: GcraState,
  now: number,
  params: GcraParams,
  maxWaitMs: number,
): { reservation: Reservation; next: GcraState } {
  const interval = 1000 / params.ratePerSecond;
  const tolerance = (params.burst - 1) * interval;
  const base = Math.max(state.tat, now, state.pausedUntil);
  const startAt = Math.max(now, base - tolerance, state.pausedUntil);
  const waitMs = startAt - now;
  if (waitMs > maxWaitMs) return { reservation: { granted: false, waitMs }, next: state };
  return { reservation: { granted: true, waitMs }, next: { tat: base + interval, pausedUntil: state.pausedUntil } };
}

/**
 * Holds every caller until `until`, and empties the bucket: upstream has just said we went too fast, so
 * callers resume one interval apart instead of all at once when the pause ends.
 */
export function pauseUntil(state: GcraState, until: number, params: GcraParams): GcraState {
  const tolerance = (params.burst - 1) * (1000 / params.ratePerSecond);
  return { tat: Math.max(state.tat, until + tolerance), pausedUntil: Math.max(state.pausedUntil, until) };
}
