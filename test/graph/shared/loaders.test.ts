import { GraphQLError } from 'graphql';
import { groupedLoader, keyedLoader, wholeListLoader } from '../../../src/graph/shared/loaders';
import { UpstreamRateLimitedError } from '../../../src/upstream';

describe('keyedLoader', () => {
  test('one lookup per distinct key in a request, however many fields ask', async () => {
    const asked: string[] = [];
    const loader = keyedLoader({
      name: 'test',
      load: async (key: { romeCode: string; year: number }) => {
        asked.push(`${key.romeCode}/${key.year}`);
        return key.year * 2;
      },
      cacheKey: (key) => key.romeCode,
    });
    const answers = await Promise.all([
      loader.load({ romeCode: 'M1805', year: 1 }),
      loader.load({ romeCode: 'M1805', year: 2 }),
      loader.load({ romeCode: 'M1811', year: 3 }),
    ]);
    expect(answers).toEqual([2, 2, 6]);
    expect(asked).toEqual(['M1805/1', 'M1811/3']);
    await loader.load({ romeCode: 'M1811', year: 9 });
    expect(asked).toHaveLength(2);
  });

  test('a failed lookup fails only its key, with the stable upstream code', async () => {
    const loader = keyedLoader({
      name: 'test',
      load: async (id: string) => {
        if (id === 'BAD') throw new UpstreamRateLimitedError('offres', 1);
        return id.toLowerCase();
      },
    });
    const [good, bad] = await Promise.allSettled([loader.load('OK'), loader.load('BAD')]);
    expect(good).toEqual({ status: 'fulfilled', value: 'ok' });
    expect(bad.status).toBe('rejected');
    const reason = (bad as PromiseRejectedResult).reason as GraphQLError;
    expect(reason).toBeInstanceOf(GraphQLError);
    expect(reason.extensions).toMatchObject({ code: 'UPSTREAM_RATE_LIMITED', upstream: 'offres' });
  });

  test('a thrown non-Error still reaches the field as an Error', async () => {
    const loader = keyedLoader({
      name: 'test',
      load: async (_id: string): Promise<string> => {
        throw 'refused';
      },
    });
    await expect(loader.load('x')).rejects.toEqual(new Error('refused'));
  });
});

describe('wholeListLoader', () => {
  test('fetches the list once per request, whatever the number of lookups', async () => {
    let calls = 0;
    const list = wholeListLoader('test', async () => {
      calls++;
      return ['M1805', 'M1811'];
    });
    const [a, b] = await Promise.all([list(), list()]);
    expect(a).toBe(b);
    expect(await list()).toBe(a);
    expect(calls).toBe(1);
  });

  test('an upstream failure carries its stable code', async () => {
    const list = wholeListLoader('test', async () => {
      throw new UpstreamRateLimitedError('rome-metiers', 1);
    });
    await expect(list()).rejects.toMatchObject({ extensions: { code: 'UPSTREAM_RATE_LIMITED' } });
  });
});

describe('groupedLoader', () => {
  test('one call per group of keys asked together; a failed call fails only its group', async () => {
    const calls: string[][] = [];
    const loader = groupedLoader({
      name: 'test',
      groupOf: (key: { area: string; code: string }) => key.area,
      loadGroup: async (keys) => {
        calls.push(keys.map((key) => `${key.area}/${key.code}`));
        if (keys[0].area === 'DOWN') throw new UpstreamRateLimitedError('infotravail', 1);
        return new Map(keys.map((key) => [key.code, key.code.toLowerCase()]));
      },
      pick: (answer, key) => answer.get(key.code) ?? null,
      cacheKey: (key) => `${key.area}|${key.code}`,
    });
    const settled = await Promise.allSettled([
      loader.load({ area: '35', code: 'M1805' }),
      loader.load({ area: '35', code: 'M1811' }),
      loader.load({ area: '35', code: 'M1805' }),
      loader.load({ area: '53', code: 'M1805' }),
      loader.load({ area: 'DOWN', code: 'M1805' }),
    ]);
    expect(calls).toEqual([['35/M1805', '35/M1811'], ['53/M1805'], ['DOWN/M1805']]);
    expect(settled.slice(0, 4).map((result) => (result as PromiseFulfilledResult<unknown>).value)).toEqual([
      'm1805',
      'm1811',
      'm1805',
      'm1805',
    ]);
    expect((settled[4] as PromiseRejectedResult).reason.extensions).toMatchObject({
      code: 'UPSTREAM_RATE_LIMITED',
      upstream: 'infotravail',
    });
  });
});
