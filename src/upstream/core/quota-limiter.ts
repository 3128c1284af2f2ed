import type { UpstreamApi } from '../config';
import { bucketFor, pauseUntil, reserveSlot, type GcraParams, type GcraState, type Reservation } from './gcra';

export type { Reservation } from './gcra';

/** Client-side quota per France Travail API: callers wait for a slot instead of drawing a 429. */
export interface QuotaLimiter {
  /**
   * Reserves the next call slot of `api`. When granted, the caller must wait `waitMs` before calling.
   * When the wait would exceed `maxWaitMs`, nothing is reserved and `granted` is false.
   */
  reserve(api: UpstreamApi, maxWaitMs: number): Promise<Reservation>;
  /** Holds back every caller of `api` sharing this limiter for `ms` (an upstream Retry-After). */
  pause(api: UpstreamApi, ms: number): Promise<void>;
}

/** The limiter of a single process. */
export class MemoryQuotaLimiter implements QuotaLimiter {
  private readonly states = new Map<UpstreamApi, GcraState>();

  constructor(
    private readonly quotas: Record<UpstreamApi, number>,
    private readonly now: () => number = () => performance.now(),
  ) {}

  reserve(api: UpstreamApi, maxWaitMs: number): Promise<Reservation> {
    const { reservation, next } = reserveSlot(this.stateOf(api), this.now(), this.paramsOf(api), maxWaitMs);
    this.states.set(api, next);
    return Promise.resolve(reservation);
  }

  pause(api: UpstreamApi, ms: number): Promise<void> {
    this.states.set(api, pauseUntil(this.stateOf(api), this.now() + ms, this.paramsOf(api)));
    return Promise.resolve();
  }

  private paramsOf(api: UpstreamApi): GcraParams {
    return bucketFor(this.quotas[api]);
  }

  private stateOf(api: UpstreamApi): GcraState {
    return this.states.get(api) ?? { tat: -Infinity, pausedUntil: -Infinity };
  }
}
