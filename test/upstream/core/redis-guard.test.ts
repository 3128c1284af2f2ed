import { connectRedis, type RedisConnection } from '../../../src/upstream/core/redis-connection';
import { HangingRedisProxy } from '../support/hung-redis';
import { connectTestRedis, deleteKeysUnder, keysUnder, REDIS_URL, uniqueKeyPrefix } from '../support/redis';
import { BUSY_SEARCH, callsDuring, configFor, startSandbox, UpstreamPool, type Sandbox } from '../support/sandbox';

const until = async (condition: () => Promise<boolean>, timeoutMs = 5000) => {
  const giveUpAt = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > giveUpAt) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

describe('a hung Redis: short command timeout, fallback to memory, recovery', () => {
  const pool = new UpstreamPool();
  const keyPrefix = uniqueKeyPrefix('hung-redis');
  let sandbox: Sandbox;
  let proxy: HangingRedisProxy;
  let redis: RedisConnection;

  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0 });
    proxy = await HangingRedisProxy.start(REDIS_URL);
    redis = await connectTestRedis();
  });

  afterAll(async () => {
    proxy.resume();
    await pool.closeAll();
    await proxy.close();
    await deleteKeysUnder(redis, keyPrefix);
    await redis.close();
    await sandbox.close();
  });

  it('answers from France Travail while Redis hangs, and shares through Redis again once it answers', async () => {
    const upstream = await pool.open(configFor(sandbox, { redisUrl: proxy.url, keyPrefix, redisTimeoutMs: 100 }));
    await upstream.offres.search(BUSY_SEARCH, { start: 0, end: 0 });
    expect((await keysUnder(redis, keyPrefix)).some((key) => key.includes('range=0-0'))).toBe(true);

    proxy.hang();
    // Cache read, limiter and cache write would each wait for ever on a hung Redis; here each gives up after
    // 100 ms at most and the answers come from France Travail, limited in process.
    const during = await callsDuring(sandbox, () =>
      Promise.all([1, 2, 3].map((start) => upstream.offres.search(BUSY_SEARCH, { start, end: start }))),
    );
    expect(during.result.map((page) => page.offres.length)).toEqual([1, 1, 1]);
    expect(during.served('offres')).toBe(3);
    // Answers fetched meanwhile are still served from process memory.
    const again = await callsDuring(sandbox, () => upstream.offres.search(BUSY_SEARCH, { start: 1, end: 1 }));
    expect(again.calls('offres')).toBe(0);

    proxy.resume();
    let start = 10;
    await until(async () => {
      start += 1;
      await upstream.offres.search(BUSY_SEARCH, { start, end: start });
      return (await keysUnder(redis, keyPrefix)).some((key) => key.includes(`range=${start}-${start}`));
    });
  });
});

describe('a Redis that hangs from the start', () => {
  it('fails the connection within its timeout instead of holding start-up', async () => {
    const proxy = await HangingRedisProxy.start(REDIS_URL);
    proxy.hang();
    try {
      await expect(connectRedis(proxy.url, 300)).rejects.toThrow('Redis connection failed (check REDIS_URL)');
    } finally {
      proxy.resume();
      await proxy.close();
    }
  });
});
