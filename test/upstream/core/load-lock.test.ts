import KeyvRedis from '@keyv/redis';
import { Keyv } from 'keyv';
import { RedisLoadLock } from '../../../src/upstream/core/load-lock';
import type { RedisConnection } from '../../../src/upstream/core/redis-connection';
import { RedisGuard } from '../../../src/upstream/core/redis-guard';
import { ResponseCache } from '../../../src/upstream/core/response-cache';
import { sleep } from '../../../src/upstream/core/sleep';
import { connectTestRedis, deleteKeysUnder, keysUnder, uniqueKeyPrefix } from '../support/redis';

describe('RedisLoadLock (real Redis)', () => {
  const prefix = uniqueKeyPrefix('load-lock');
  const connections: RedisConnection[] = [];
  let redis: RedisConnection;

  async function connection(): Promise<RedisConnection> {
    const opened = await connectTestRedis();
    connections.push(opened);
    return opened;
  }

  function lockOn(client: RedisConnection, ttlMs = 5000): RedisLoadLock {
    return new RedisLoadLock(client, {
      keyPrefix: prefix,
      guard: new RedisGuard(() => client.ping(), { timeoutMs: 500 }),
      ttlMs,
    });
  }

  beforeAll(async () => {
    redis = await connection();
  });

  afterAll(async () => {
    await deleteKeysUnder(redis, prefix);
    const left = await keysUnder(redis, prefix);
    await Promise.all(connections.filter((c) => c.isOpen).map((c) => c.close()));
    expect(left).toEqual([]);
  });

  it('grants one lease at a time, and again once released', async () => {
    const [a, b] = [lockOn(await connection()), lockOn(await connection())];
    const leases = await Promise.all([a.tryAcquire('list'), b.tryAcquire('list'), a.tryAcquire('list')]);
    const granted = leases.filter((lease) => lease !== undefined);
    expect(granted).toHaveLength(1);
    expect(await b.tryAcquire('other list')).toBeDefined();
    await granted[0]!.release();
    expect(await redis.exists(a.keyOf('list'))).toBe(0);
    const next = await b.tryAcquire('list');
    expect(next).toBeDefined();
    await next!.release();
  });

  it('keeps the lease while its holder lives, past its time to live', async () => {
    const lock = lockOn(redis, 300);
    const lease = await lock.tryAcquire('slow load');
    await sleep(900);
    expect(await lockOn(redis, 300).tryAcquire('slow load')).toBeUndefined();
    expect(await redis.pTTL(lock.keyOf('slow load'))).toBeGreaterThan(0);
    await lease!.release();
    expect(await redis.exists(lock.keyOf('slow load'))).toBe(0);
  });

  it('lets another instance take over once the holder died', async () => {
    const dying = await connection();
    const held = await lockOn(dying, 400).tryAcquire('orphan');
    expect(held).toBeDefined();
    dying.destroy();
    const survivor = lockOn(redis, 400);
    expect(await survivor.tryAcquire('orphan')).toBeUndefined();
    await sleep(600);
    const taken = await survivor.tryAcquire('orphan');
    expect(taken).toBeDefined();
    await taken!.release();
  });

  it('a holder whose lease expired never releases its successor’s', async () => {
    const first = lockOn(redis);
    const late = await first.tryAcquire('contested');
    // As if the lease had expired during a pause of its holder.
    await redis.del(first.keyOf('contested'));
    const successor = await lockOn(redis).tryAcquire('contested');
    expect(successor).toBeDefined();
    await late!.release();
    expect(await redis.exists(first.keyOf('contested'))).toBe(1);
    await successor!.release();
    expect(await redis.exists(first.keyOf('contested'))).toBe(0);
  });

  it('rejects at once when Redis is gone, so that the caller loads on its own', async () => {
    const gone = await connection();
    const lock = lockOn(gone);
    gone.destroy();
    const startedAt = performance.now();
    await expect(lock.tryAcquire('anything')).rejects.toThrow();
    expect(performance.now() - startedAt).toBeLessThan(500);
  });

  describe('in front of the shared cache', () => {
    async function instance(
      ttlMs?: number,
      /** Delay before each shared-layer answer reaches the cache, as from a Redis far away or busy. */
      answerDelayMs = 0,
    ): Promise<ResponseCache & { client: RedisConnection }> {
      const client = await connection();
      const guard = new RedisGuard(() => client.ping(), { timeoutMs: 500 });
      const sharedGuard = {
        run: async <T>(operation: () => Promise<T>): Promise<T> => {
          const answer = await guard.run(operation);
          await sleep(answerDelayMs);
          return answer;
        },
      };
      const shared = new Keyv({ store: new KeyvRedis(client), namespace: prefix, useKeyPrefix: false });
      shared.on('error', () => undefined);
      const cache = new ResponseCache({
        shared,
        maxParsedEntries: 10,
        sharedGuard,
        loadLock: new RedisLoadLock(client, { keyPrefix: prefix, guard, ttlMs }),
      });
      return Object.assign(cache, { client });
    }

    it('instances missing the same resource at once load it once and all get the answer', async () => {
      const caches = await Promise.all([instance(), instance(), instance()]);
      let loads = 0;
      const load = async () => {
        loads += 1;
        await sleep(150);
        return { codes: ['A1101', 'A1201'] };
      };
      const answers = await Promise.all(
        caches.map((cache) => cache.getOrLoad('rome:metiers', { ttlMs: 60_000 }, load)),
      );
      expect(loads).toBe(1);
      expect(answers).toEqual(Array(3).fill({ codes: ['A1101', 'A1201'] }));
    });

    it('an instance that read a miss just before another stored the answer does not load it again', async () => {
      const [fast, late] = await Promise.all([instance(), instance(undefined, 300)]);
      let loads = 0;
      const load = async () => {
        loads += 1;
        await sleep(50);
        return 'the list';
      };
      // `late` reads a miss at once but hears of it 300 ms later, after `fast` has loaded, stored and let go.
      const lateAnswer = late.getOrLoad('rome:competences', { ttlMs: 60_000 }, load);
      await expect(fast.getOrLoad('rome:competences', { ttlMs: 60_000 }, load)).resolves.toBe('the list');
      await expect(lateAnswer).resolves.toBe('the list');
      expect(loads).toBe(1);
    });

    it('after a failed load, a waiting instance loads instead', async () => {
      const [failing, waiting] = await Promise.all([instance(), instance()]);
      const failed = failing.getOrLoad('marche:catalogue', { ttlMs: 60_000 }, async () => {
        await sleep(100);
        throw new Error('France Travail unreachable');
      });
      await sleep(20);
      const answer = waiting.getOrLoad('marche:catalogue', { ttlMs: 60_000 }, async () => 'loaded here');
      await expect(failed).rejects.toThrow('unreachable');
      await expect(answer).resolves.toBe('loaded here');
    });

    it('when the loading instance dies, another takes over after the lease expires', async () => {
      const [abandoned, survivor] = await Promise.all([instance(400), instance(400)]);
      // Holds the lease and never answers, as a process killed mid-load would; its renewals then stop too.
      void abandoned.getOrLoad('offres:referentiel', { ttlMs: 60_000 }, () => new Promise<never>(() => undefined));
      await sleep(50);
      abandoned.client.destroy();
      const startedAt = performance.now();
      await expect(survivor.getOrLoad('offres:referentiel', { ttlMs: 60_000 }, async () => 'taken over')).resolves.toBe(
        'taken over',
      );
      expect(performance.now() - startedAt).toBeLessThan(2000);
    });
  });
});
