import { QuotaLimiter } from '../src/sandbox/control/quota';
import type { DistinctKeyMinimum, UpstreamApi } from './distinct-key-minimum';

/**
 * The shortest time the distinct-key minimum can take against France Travail's quotas: every token is asked for at
 * once (tokens depend on nothing) unless the server already holds them, then each call starts as soon as
 *   - its scope set's token has come back,
 *   - the call that revealed what it needs has answered (an offers page reveals the offers' ROME codes; a
 *     request's own arguments reveal the rest), and
 *   - its API's quota lets it through.
 * Every token or call answers `latencyMs` after it starts; nothing else costs time (no server work, no network).
 *
 * The quota is the sandbox's own token bucket (src/sandbox/control/quota.ts): per API, `rate` calls of capacity,
 * starting full, refilled continuously at `rate` per second; a call passes when the bucket holds one whole call.
 * Calls of one API are let through in the order they become ready, which is optimal for one bucket. Each start
 * time is checked against the sandbox's QuotaLimiter itself, driven by a virtual clock.
 */

export interface FloorCall {
  id: string;
  api: UpstreamApi | 'token';
  readyMs: number;
  startMs: number;
  endMs: number;
}

export interface QuotaFloor {
  floorMs: number;
  schedule: FloorCall[];
}

/**
 * `tokensHeld`: the server obtained its tokens before the request (travail-graph fetches every scope set's token at
 * start-up, and the cold request is timed from when it is sent), so no token round trip belongs to the request.
 */
export function quotaFloor(
  minimum: DistinctKeyMinimum,
  quotas: Record<UpstreamApi, number>,
  latencyMs: number,
  tokensHeld = false,
): QuotaFloor {
  const schedule: FloorCall[] = [];
  const tokenEnd = new Map<UpstreamApi, number>();
  for (const api of minimum.scopeSets) {
    if (tokensHeld) continue;
    tokenEnd.set(api, latencyMs);
    schedule.push({ id: `token:${api}`, api: 'token', readyMs: 0, startMs: 0, endMs: latencyMs });
  }

  const buckets = new Map<UpstreamApi, { tokens: number; updatedAt: number }>();
  const clock = { now: 0 };
  const sandboxLimiter = new QuotaLimiter(quotas, () => clock.now);
  const endOf = new Map<string, number>();
  const waiting = new Map(minimum.keys.map((key) => [key.id, key]));

  while (waiting.size > 0) {
    let next: { id: string; api: UpstreamApi; readyMs: number } | undefined;
    for (const key of waiting.values()) {
      const revealedAt = key.revealedBy.map((by) => (by === null ? 0 : endOf.get(by)));
      // Known once every place that may reveal it first has been scheduled (or one needs nothing).
      if (!revealedAt.includes(0) && revealedAt.some((end) => end === undefined)) continue;
      const readyMs = Math.max(
        tokenEnd.get(key.api) ?? 0,
        Math.min(...revealedAt.filter((end): end is number => end !== undefined)),
      );
      if (!next || readyMs < next.readyMs || (readyMs === next.readyMs && key.id < next.id))
        next = { id: key.id, api: key.api, readyMs };
    }
    if (!next) throw new Error('quotaFloor: the calls depend on each other in a circle');

    const startMs = admit(buckets, next.api, quotas[next.api], next.readyMs);
    clock.now = startMs + 1e-6;
    if (!sandboxLimiter.take('floor', next.api).allowed) {
      throw new Error(
        `quotaFloor: the sandbox's limiter refuses ${next.api} at ${startMs.toFixed(3)} ms; the floor's bucket model is out of date`,
      );
    }
    const endMs = startMs + latencyMs;
    endOf.set(next.id, endMs);
    schedule.push({ id: next.id, api: next.api, readyMs: next.readyMs, startMs, endMs });
    waiting.delete(next.id);
  }

  return { floorMs: Math.max(0, ...schedule.map((call) => call.endMs)), schedule };
}

/** When the bucket of `api` lets a call ready at `readyMs` through, taking its slot. */
function admit(
  buckets: Map<UpstreamApi, { tokens: number; updatedAt: number }>,
  api: UpstreamApi,
  rate: number,
  readyMs: number,
): number {
  if (!(rate > 0) || !Number.isFinite(rate)) return readyMs;
  const bucket = buckets.get(api) ?? { tokens: rate, updatedAt: readyMs };
  buckets.set(api, bucket);
  const at = (time: number) => Math.min(rate, bucket.tokens + ((time - bucket.updatedAt) / 1000) * rate);
  const available = at(readyMs);
  const startMs = available >= 1 ? readyMs : readyMs + ((1 - available) / rate) * 1000;
  bucket.tokens = at(startMs) - 1;
  bucket.updatedAt = startMs;
  return startMs;
}
