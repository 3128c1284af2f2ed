import { createUpstream, DEFAULT_STALE_IF_ERROR_MS, type Upstream } from '../../src/upstream';
import type { RedisConnection } from '../../src/upstream/core/redis-connection';
import { connectTestRedis, deleteKeysUnder, keysUnder, REDIS_URL, uniqueKeyPrefix } from './support/redis';
import { BUSY_SEARCH, callsDuring, configFor, startSandbox, UpstreamPool, type Sandbox } from './support/sandbox';

describe('cache and quota shared through a real Redis', () => {
  const pool = new UpstreamPool();
  const keyPrefix = uniqueKeyPrefix('upstream');
  let sandbox: Sandbox;
  let redis: RedisConnection;
  let first: Upstream;
  let second: Upstream;

  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0 });
    redis = await connectTestRedis();
    const config = configFor(sandbox, { redisUrl: REDIS_URL, keyPrefix });
    first = await pool.open(config);
    second = await pool.open(config);
  });

  afterAll(async () => {
    await pool.closeAll();
    await deleteKeysUnder(redis, keyPrefix);
    const left = await keysUnder(redis, keyPrefix);
    await redis.close();
    await sandbox.close();
    expect(left).toEqual([]);
  });

  it('a second instance gets a cache hit with zero upstream calls', async () => {
    const fetched = await callsDuring(sandbox, () => first.offres.search(BUSY_SEARCH, { start: 0, end: 49 }));
    expect(fetched.served('offres')).toBe(1);
    const shared = await callsDuring(sandbox, () => second.offres.search(BUSY_SEARCH, { start: 0, end: 49 }));
    expect(shared.calls('offres')).toBe(0);
    expect(shared.tokens).toBe(0);
    expect(shared.result).toEqual(fetched.result);
  });

  it('shares missing offers, tensions and referentials too', async () => {
    const warm = await callsDuring(sandbox, () =>
      Promise.all([
        first.offres.getById('0ZZZZZZ'),
        first.marche.getTension({ territory: { level: 'DEPARTEMENT', code: '35' }, romeCode: 'Z9999' }),
        first.marche.listTerritoires('REGION'),
      ]),
    );
    expect(warm.served('offres') + warm.served('marche')).toBe(3);
    const shared = await callsDuring(sandbox, () =>
      Promise.all([
        second.offres.getById('0ZZZZZZ'),
        second.marche.getTension({ territory: { level: 'DEPARTEMENT', code: '35' }, romeCode: 'Z9999' }),
        second.marche.listTerritoires('REGION'),
      ]),
    );
    expect(shared.calls('offres') + shared.calls('marche')).toBe(0);
    expect(shared.result).toEqual(warm.result);
  });

  it('stores entries under the key prefix, with the TTL of their kind', async () => {
    const keys = await keysUnder(redis, keyPrefix);
    const searchKey = keys.find((key) => key.includes('offres:search:'));
    expect(searchKey).toBeDefined();
    const ttl = await redis.pTTL(searchKey!);
    expect(ttl).toBeGreaterThan(0);
    // Kept past its lifetime for the stale-if-error window, to be served when France Travail fails.
    expect(ttl).toBeGreaterThan(configFor(sandbox).ttls.offersMs);
    expect(ttl).toBeLessThanOrEqual(configFor(sandbox).ttls.offersMs + DEFAULT_STALE_IF_ERROR_MS);
    expect(keys.some((key) => key.includes(':quota:offres'))).toBe(true);
  });

  it('a Retry-After pause from one instance holds the other', async () => {
    const config = configFor(sandbox, { redisUrl: REDIS_URL, keyPrefix, maxQuotaWaitMs: 1000 });
    const a = await pool.open(config);
    const b = await pool.open(config);
    sandbox.injectFault({ api: 'offres', status: 429, times: 1, retryAfterSeconds: 60 });
    try {
      await expect(a.offres.search(BUSY_SEARCH, { start: 0, end: 0 })).rejects.toMatchObject({
        code: 'UPSTREAM_RATE_LIMITED',
      });
      const held = await callsDuring(sandbox, () =>
        b.offres.search(BUSY_SEARCH, { start: 1, end: 1 }).catch((error: unknown) => error),
      );
      expect(held.result).toMatchObject({ code: 'UPSTREAM_RATE_LIMITED' });
      expect(held.calls('offres') + held.faults).toBe(0);
    } finally {
      sandbox.clearFaults();
      await redis.del(`${keyPrefix}:quota:offres`);
    }
  });

  it('createUpstream fails fast when Redis cannot be reached', async () => {
    await expect(createUpstream(configFor(sandbox, { redisUrl: 'redis://127.0.0.1:1' }))).rejects.toThrow(
      /Redis connection failed/,
    );
  });
});
