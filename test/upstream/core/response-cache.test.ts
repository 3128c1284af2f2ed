import { Keyv } from 'keyv';
import { BoundedMemoryStore } from '../../../src/upstream/core/memory-store';
import { ResponseCache } from '../../../src/upstream/core/response-cache';
import { Deadline, UpstreamBadRequestError, UpstreamUnavailableError, type StaleNotice } from '../../../src/upstream';

function sharedLayer() {
  return new Keyv({ store: new BoundedMemoryStore(100), namespace: 'test' });
}

function countingLoader<T>(value: T) {
  const loader = { calls: 0, load: async () => ((loader.calls += 1), value) };
  return loader;
}

describe('ResponseCache', () => {
  it('loads once, then serves repeats from the parsed values in process', async () => {
    const cache = new ResponseCache({ shared: sharedLayer(), maxParsedEntries: 10 });
    const loader = countingLoader({ offres: [1, 2, 3] });
    const first = await cache.getOrLoad('k', { ttlMs: 60_000 }, loader.load);
    const second = await cache.getOrLoad('k', { ttlMs: 60_000 }, loader.load);
    expect(loader.calls).toBe(1);
    expect(second).toBe(first);
  });

  it('a second cache on the same shared layer gets a hit without loading', async () => {
    const shared = sharedLayer();
    const writer = new ResponseCache({ shared, maxParsedEntries: 10 });
    const reader = new ResponseCache({ shared, maxParsedEntries: 10 });
    const value = { total: 42 };
    await writer.getOrLoad('k', { ttlMs: 60_000 }, async () => value);
    const loader = countingLoader({ total: -1 });
    await expect(reader.getOrLoad('k', { ttlMs: 60_000 }, loader.load)).resolves.toEqual(value);
    expect(loader.calls).toBe(0);
  });

  it('caches null answers too', async () => {
    const shared = sharedLayer();
    const loader = countingLoader(null);
    await new ResponseCache({ shared, maxParsedEntries: 10 }).getOrLoad('missing', { ttlMs: 60_000 }, loader.load);
    const other = new ResponseCache({ shared, maxParsedEntries: 10 });
    await expect(other.getOrLoad('missing', { ttlMs: 60_000 }, loader.load)).resolves.toBeNull();
    expect(loader.calls).toBe(1);
  });

  it('coalesces identical concurrent misses into one load', async () => {
    const cache = new ResponseCache({ shared: sharedLayer(), maxParsedEntries: 10 });
    let calls = 0;
    const load = async () => {
      calls += 1;
      await new Promise((resolve) => setTimeout(resolve, 20));
      return 'v';
    };
    const results = await Promise.all(Array.from({ length: 8 }, () => cache.getOrLoad('k', { ttlMs: 60_000 }, load)));
    expect(results).toEqual(Array(8).fill('v'));
    expect(calls).toBe(1);
    expect(cache.loading).toBe(0);
  });

  it('does not keep failures', async () => {
    const cache = new ResponseCache({ shared: sharedLayer(), maxParsedEntries: 10 });
    await expect(cache.getOrLoad('k', { ttlMs: 60_000 }, () => Promise.reject(new Error('down')))).rejects.toThrow(
      'down',
    );
    await expect(cache.getOrLoad('k', { ttlMs: 60_000 }, async () => 'up')).resolves.toBe('up');
  });

  it('expires entries after the TTL chosen for the value', async () => {
    const cache = new ResponseCache({ shared: sharedLayer(), maxParsedEntries: 10 });
    const ttlMs = (value: string | null) => (value === null ? 1 : 60_000);
    await cache.getOrLoad('gone', { ttlMs }, async () => null);
    await cache.getOrLoad('kept', { ttlMs }, async () => 'here');
    await new Promise((resolve) => setTimeout(resolve, 10));
    const gone = countingLoader<string | null>('now here');
    const kept = countingLoader<string | null>('changed');
    await expect(cache.getOrLoad('gone', { ttlMs }, gone.load)).resolves.toBe('now here');
    await expect(cache.getOrLoad('kept', { ttlMs }, kept.load)).resolves.toBe('here');
    expect([gone.calls, kept.calls]).toEqual([1, 0]);
  });

  it('keeps pinned referentials in process even when the LRU churns', async () => {
    const shared = sharedLayer();
    const cache = new ResponseCache({ shared, maxParsedEntries: 2 });
    const list = Array.from({ length: 3 }, (_, i) => ({ code: `M${i}` }));
    const first = await cache.getOrLoad('referential', { ttlMs: 60_000, keepInProcess: true }, async () => list);
    for (let i = 0; i < 5; i++) await cache.getOrLoad(`search-${i}`, { ttlMs: 60_000 }, async () => i);
    await shared.clear();
    const again = await cache.getOrLoad('referential', { ttlMs: 60_000, keepInProcess: true }, async () => []);
    expect(again).toBe(first);
  });

  it('the LRU is bounded: evicted entries come back from the shared layer, not the loader', async () => {
    const cache = new ResponseCache({ shared: sharedLayer(), maxParsedEntries: 2 });
    for (let i = 0; i < 4; i++) await cache.getOrLoad(`k${i}`, { ttlMs: 60_000 }, async () => ({ i }));
    const loader = countingLoader({ i: -1 });
    await expect(cache.getOrLoad('k0', { ttlMs: 60_000 }, loader.load)).resolves.toEqual({ i: 0 });
    expect(loader.calls).toBe(0);
  });
});

describe('ResponseCache: stale-if-error', () => {
  const down = () => Promise.reject(new UpstreamUnavailableError('marche', 'HTTP 503', 503));
  function clockedCache(options: { staleIfErrorMs: number; shared?: Keyv }) {
    const clock = { now: 1_000_000 };
    const cache = new ResponseCache({
      shared: options.shared ?? sharedLayer(),
      maxParsedEntries: 10,
      staleIfErrorMs: options.staleIfErrorMs,
      now: () => clock.now,
    });
    return { cache, clock };
  }

  it('serves the last answer past its lifetime when France Travail fails, and reports its age to the request', async () => {
    const { cache, clock } = clockedCache({ staleIfErrorMs: 3_600_000 });
    await cache.getOrLoad('tension', { ttlMs: 60_000 }, async () => ['2019: high']);
    clock.now += 90_000;
    const notices: StaleNotice[] = [];
    const value = await cache.getOrLoad('tension', { ttlMs: 60_000 }, down, {
      api: 'marche',
      scope: { onStale: (notice) => notices.push(notice) },
    });
    expect(value).toEqual(['2019: high']);
    expect(notices).toEqual([{ api: 'marche', ageSeconds: 90 }]);
  });

  it('a fresh answer replaces the stale one as soon as France Travail answers again', async () => {
    const { cache, clock } = clockedCache({ staleIfErrorMs: 3_600_000 });
    await cache.getOrLoad('k', { ttlMs: 60_000 }, async () => 'old');
    clock.now += 90_000;
    const notices: StaleNotice[] = [];
    const scope = { onStale: (notice: StaleNotice) => notices.push(notice) };
    await expect(cache.getOrLoad('k', { ttlMs: 60_000 }, async () => 'new', { api: 'x', scope })).resolves.toBe('new');
    expect(notices).toEqual([]);
  });

  it('finds the stale answer in the shared layer too (another instance, or this one after a restart)', async () => {
    const shared = sharedLayer();
    const writer = clockedCache({ staleIfErrorMs: 3_600_000, shared });
    await writer.cache.getOrLoad('k', { ttlMs: 60_000 }, async () => 'kept');
    const reader = new ResponseCache({
      shared,
      maxParsedEntries: 10,
      staleIfErrorMs: 3_600_000,
      now: () => writer.clock.now + 120_000,
    });
    const notices: StaleNotice[] = [];
    const value = await reader.getOrLoad('k', { ttlMs: 60_000 }, down, {
      api: 'marche',
      scope: { onStale: (notice) => notices.push(notice) },
    });
    expect(value).toBe('kept');
    expect(notices).toEqual([{ api: 'marche', ageSeconds: 120 }]);
  });

  it('beyond the stale window, or for a request France Travail rejects as bad, the error stands', async () => {
    const { cache, clock } = clockedCache({ staleIfErrorMs: 60_000 });
    await cache.getOrLoad('old', { ttlMs: 60_000 }, async () => 'old');
    await cache.getOrLoad('bad', { ttlMs: 60_000 }, async () => 'bad');
    clock.now += 130_000;
    await expect(cache.getOrLoad('old', { ttlMs: 60_000 }, down)).rejects.toMatchObject({
      code: 'UPSTREAM_UNAVAILABLE',
    });
    clock.now -= 30_000;
    const rejected = () => Promise.reject(new UpstreamBadRequestError('offres', 'Paramètre invalide'));
    await expect(cache.getOrLoad('bad', { ttlMs: 60_000 }, rejected)).rejects.toMatchObject({
      code: 'UPSTREAM_BAD_REQUEST',
    });
  });

  it('a caller whose deadline passes while it waits for a shared load gets the stale answer', async () => {
    const { cache, clock } = clockedCache({ staleIfErrorMs: 3_600_000 });
    await cache.getOrLoad('k', { ttlMs: 60_000 }, async () => 'stale');
    clock.now += 61_000;
    const slow = () => new Promise<string>((resolve) => setTimeout(() => resolve('fresh'), 300));
    const starter = cache.getOrLoad('k', { ttlMs: 60_000 }, slow);
    const notices: StaleNotice[] = [];
    const hurried = await cache.getOrLoad('k', { ttlMs: 60_000 }, slow, {
      api: 'offres',
      scope: { deadline: Deadline.after(50), onStale: (notice) => notices.push(notice) },
    });
    expect(hurried).toBe('stale');
    expect(notices).toEqual([{ api: 'offres', ageSeconds: 61 }]);
    await expect(starter).resolves.toBe('fresh');
  });
});
