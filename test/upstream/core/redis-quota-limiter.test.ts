import { DEFAULT_QUOTAS, type UpstreamApi } from '../../../src/upstream/config';
import type { RedisConnection } from '../../../src/upstream/core/redis-connection';
import { RedisQuotaLimiter } from '../../../src/upstream/core/redis-quota-limiter';
import { bucketFor } from '../../../src/upstream/core/gcra';
import { connectTestRedis, deleteKeysUnder, keysUnder, uniqueKeyPrefix } from '../support/redis';

const quotas: Record<UpstreamApi, number> = { ...DEFAULT_QUOTAS, offres: 3, 'rome-metiers': 0.5 };

describe('RedisQuotaLimiter (real Redis)', () => {
  let redis: RedisConnection;
  const prefix = uniqueKeyPrefix('limiter');

  beforeAll(async () => {
    redis = await connectTestRedis();
  });

  afterAll(async () => {
    await deleteKeysUnder(redis, prefix);
    expect(await keysUnder(redis, prefix)).toEqual([]);
    await redis.close();
  });

  it('grants a full bucket at once, then refuses a caller that will not wait', async () => {
    const limiter = new RedisQuotaLimiter(redis, quotas, `${prefix}:burst`);
    const burst = bucketFor(quotas.offres).burst;
    const first = await Promise.all(Array.from({ length: burst }, () => limiter.reserve('offres', 0)));
    expect(first.every((slot) => slot.granted && slot.waitMs === 0)).toBe(true);
    const impatient = await limiter.reserve('offres', 0);
    expect(impatient.granted).toBe(false);
    expect(impatient.waitMs).toBeGreaterThan(0);
  });

  it('a patient caller gets a slot no further than one interval away', async () => {
    const limiter = new RedisQuotaLimiter(redis, quotas, `${prefix}:spacing`);
    const interval = 1000 / bucketFor(quotas['rome-metiers']).ratePerSecond;
    expect(await limiter.reserve('rome-metiers', 0)).toEqual({ granted: true, waitMs: 0 });
    const next = await limiter.reserve('rome-metiers', 10 * interval);
    expect(next.granted).toBe(true);
    expect(next.waitMs).toBeGreaterThan(0);
    expect(next.waitMs).toBeLessThanOrEqual(interval);
  });

  it('instances sharing the Redis share the bucket and the Retry-After pause', async () => {
    const a = new RedisQuotaLimiter(redis, quotas, `${prefix}:shared`);
    const b = new RedisQuotaLimiter(redis, quotas, `${prefix}:shared`);
    const other = new RedisQuotaLimiter(redis, quotas, `${prefix}:other`);
    await a.pause('marche', 60_000);
    const held = await b.reserve('marche', 0);
    expect(held.granted).toBe(false);
    expect(held.waitMs).toBeGreaterThan(30_000);
    expect((await b.reserve('offres', 0)).granted).toBe(true);
    expect((await other.reserve('marche', 0)).granted).toBe(true);
    const ttl = await redis.pTTL(a.keyOf('marche'));
    expect(ttl).toBeGreaterThan(30_000);
  });

  it('after a pause, callers resume one interval apart rather than in a burst', async () => {
    const limiter = new RedisQuotaLimiter(redis, quotas, `${prefix}:resume`);
    const interval = 1000 / bucketFor(quotas.offres).ratePerSecond;
    await limiter.pause('offres', 5000);
    const first = await limiter.reserve('offres', 60_000);
    const second = await limiter.reserve('offres', 60_000);
    expect(first.granted && second.granted).toBe(true);
    expect(first.waitMs).toBeGreaterThan(interval);
    const gap = second.waitMs - first.waitMs;
    expect(gap).toBeGreaterThan(interval - 100);
    expect(gap).toBeLessThanOrEqual(interval + 1);
  });

  it('keeps limiting in process when Redis is gone', async () => {
    const own = await connectTestRedis();
    const limiter = new RedisQuotaLimiter(own, quotas, `${prefix}:fallback`);
    await own.close();
    expect(await limiter.reserve('rome-metiers', 0)).toEqual({ granted: true, waitMs: 0 });
    expect((await limiter.reserve('rome-metiers', 0)).granted).toBe(false);
  });
});
