import { createHash } from 'node:crypto';
import type { UpstreamApi } from '../config';
import { bucketFor, type Reservation } from './gcra';
import type { QuotaLimiter } from './quota-limiter';
import { MemoryQuotaLimiter } from './quota-limiter';
import type { RedisConnection } from './redis-connection';
import { RedisGuard } from './redis-guard';

/*
 * Why a Lua script rather than rate-limiter-flexible: its Redis limiters count calls in fixed windows, which
 * lets up to twice the quota through around a window boundary (drawing the very 429s we want to avoid), and
 * they answer "refused, retry in N ms", so waiting callers would poll Redis and race each other. The script
 * below is the GCRA token bucket of gcra.ts: one atomic round-trip reserves a slot and returns how long to
 * wait for it, callers are served in arrival order, the upstream Retry-After pause lives in the same key, and
 * Redis's own clock is the only clock, so instances with skewed clocks still agree.
 */
const RESERVE_SCRIPT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + tonumber(t[2]) / 1000
local interval = tonumber(ARGV[1])
local tolerance = (tonumber(ARGV[2]) - 1) * interval
local maxWait = tonumber(ARGV[3])
local state = redis.call('HMGET', KEYS[1], 'tat', 'paused')
local tat = tonumber(state[1]) or 0
local paused = tonumber(state[2]) or 0
local base = math.max(tat, now, paused)
local startAt = math.max(now, base - tolerance, paused)
local wait = startAt - now
if wait > maxWait then
  return {0, math.ceil(wait)}
end
local nextTat = base + interval
redis.call('HSET', KEYS[1], 'tat', string.format('%.3f', nextTat))
redis.call('PEXPIRE', KEYS[1], math.ceil(math.max(nextTat, paused) - now) + 1000)
return {1, math.ceil(wait)}
`;

const PAUSE_SCRIPT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + tonumber(t[2]) / 1000
local interval = tonumber(ARGV[2])
local tolerance = (tonumber(ARGV[3]) - 1) * interval
local state = redis.call('HMGET', KEYS[1], 'tat', 'paused')
local resume = now + tonumber(ARGV[1])
local tat = math.max(tonumber(state[1]) or 0, resume + tolerance)
local paused = math.max(tonumber(state[2]) or 0, resume)
redis.call('HSET', KEYS[1], 'tat', string.format('%.3f', tat), 'paused', string.format('%.3f', paused))
redis.call('PEXPIRE', KEYS[1], math.ceil(math.max(tat, paused) - now) + 1000)
return 1
`;

const sha1 = (text: string) => createHash('sha1').update(text).digest('hex');

/** The quota limiter shared by every instance using the same Redis and key prefix. */
export class RedisQuotaLimiter implements QuotaLimiter {
  private readonly reserveSha = sha1(RESERVE_SCRIPT);
  private readonly pauseSha = sha1(PAUSE_SCRIPT);
  /** Keeps quotas enforced within this process while Redis is unreachable or too slow. */
  private readonly fallback: MemoryQuotaLimiter;

  constructor(
    private readonly redis: RedisConnection,
    private readonly quotas: Record<UpstreamApi, number>,
    private readonly keyPrefix: string,
    /** Bounds every script call; without one, a hung Redis would hold every caller as long as it hangs. */
    private readonly guard: RedisGuard = new RedisGuard(() => redis.ping(), { timeoutMs: 250 }),
  ) {
    this.fallback = new MemoryQuotaLimiter(quotas);
  }

  async reserve(api: UpstreamApi, maxWaitMs: number): Promise<Reservation> {
    const args = [...this.bucketArgs(api), String(Math.max(0, Math.floor(maxWaitMs)))];
    try {
      const [granted, waitMs] = (await this.run(RESERVE_SCRIPT, this.reserveSha, this.keyOf(api), args)) as [
        number,
        number,
      ];
      return { granted: granted === 1, waitMs: Math.max(0, waitMs) };
    } catch {
      return this.fallback.reserve(api, maxWaitMs);
    }
  }

  async pause(api: UpstreamApi, ms: number): Promise<void> {
    await this.fallback.pause(api, ms);
    try {
      await this.run(PAUSE_SCRIPT, this.pauseSha, this.keyOf(api), [String(Math.ceil(ms)), ...this.bucketArgs(api)]);
    } catch {
      // The local pause above still protects this process.
    }
  }

  /** Interval in ms and burst, as the scripts read them. */
  private bucketArgs(api: UpstreamApi): [string, string] {
    const bucket = bucketFor(this.quotas[api]);
    return [String(1000 / bucket.ratePerSecond), String(bucket.burst)];
  }

  /** The Redis key holding `api`'s bucket (exposed so tests can clean up). */
  keyOf(api: UpstreamApi): string {
    return `${this.keyPrefix}:quota:${api}`;
  }

  private run(script: string, sha: string, key: string, args: string[]): Promise<unknown> {
    const options = { keys: [key], arguments: args };
    return this.guard.run(async () => {
      try {
        return await this.redis.evalSha(sha, options);
      } catch (error) {
        if (!isMissingScript(error)) throw error;
        return this.redis.eval(script, options);
      }
    });
  }
}

/** Redis forgot the script (restart, SCRIPT FLUSH): send it in full once, which caches it again. */
function isMissingScript(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    String((error as { message?: unknown }).message).startsWith('NOSCRIPT')
  );
}
