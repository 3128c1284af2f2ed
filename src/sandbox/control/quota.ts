import { SANDBOX_APIS, type SandboxApi } from '../types';

export const DEFAULT_QUOTAS: Record<SandboxApi, number> = {
  offres: 10,
  'rome-metiers': 1,
  'rome-fiches-metiers': 1,
  'rome-competences': 1,
  'rome-contextes-travail': 1,
  marche: 10,
  agences: 1,
  infotravail: 1,
  'metiers-recherches': 1,
};

export type QuotaDecision =
  | { allowed: true; capacity: number; remaining: number }
  | { allowed: false; capacity: number; remaining: 0; retryAfterSeconds: number };

interface Bucket {
  tokens: number;
  updatedAt: number;
}

/**
 * Upstream's "client id limiter": a token bucket per (application, API) holding `rate` calls (at least one),
 * refilled at `rate` calls per second. A rate of 0 or less turns limiting off for that API.
 */
export class QuotaLimiter {
  private readonly rates: Record<SandboxApi, number>;
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    quotas: Partial<Record<SandboxApi, number>> = {},
    private readonly now: () => number = () => performance.now(),
  ) {
    this.rates = { ...DEFAULT_QUOTAS };
    for (const api of SANDBOX_APIS) if (quotas[api] !== undefined) this.rates[api] = quotas[api]!;
  }

  rate(api: SandboxApi): number {
    return this.rates[api];
  }

  setRate(api: SandboxApi, perSecond: number): void {
    this.rates[api] = perSecond;
    for (const key of this.buckets.keys()) if (key.endsWith(`|${api}`)) this.buckets.delete(key);
  }

  take(clientId: string, api: SandboxApi): QuotaDecision {
    const rate = this.rates[api];
    if (!(rate > 0) || !Number.isFinite(rate)) return { allowed: true, capacity: rate, remaining: 0 };
    const capacity = Math.max(1, rate);
    const key = `${clientId}|${api}`;
    const now = this.now();
    const bucket = this.buckets.get(key) ?? { tokens: capacity, updatedAt: now };
    bucket.tokens = Math.min(capacity, bucket.tokens + ((now - bucket.updatedAt) / 1000) * rate);
    bucket.updatedAt = now;
    this.buckets.set(key, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true, capacity: rate, remaining: Math.floor(bucket.tokens) };
    }
    const secondsToNextCall = (1 - bucket.tokens) / rate;
    return {
      allowed: false,
      capacity: rate,
      remaining: 0,
      retryAfterSeconds: Math.max(1, Math.ceil(secondsToNextCall)),
    };
  }
}
