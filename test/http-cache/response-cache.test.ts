import { createClient } from '@keyv/redis';
import type { RunningServer } from '../../src/server/app';
import { startTestServer } from '../support/graph-server';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const OFFERS =
  '{ offers(filter: { departement: "35", romeCodes: ["M1805"] }, first: 5) { totalCount edges { node { id } } } }';
const ME = '{ me { soughtJobs { rank occupation { code } } } }';

function behavesAsAResponseCache(env: () => Record<string, string>) {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startTestServer(env());
  });
  afterAll(() => server?.stop());

  const post = async (query: string, headers: Record<string, string> = {}, variables?: Record<string, unknown>) => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return { hit: response.headers.get('x-response-cache') === 'hit', body: await response.text(), response };
  };

  test('an identical operation with identical variables is answered from the cache, byte for byte', async () => {
    const query = 'query Occ($code: String!) { occupation(code: $code) { label } }';
    const first = await post(query, {}, { code: 'M1805' });
    expect(first.hit).toBe(false);
    const second = await post(query, {}, { code: 'M1805' });
    expect(second.hit).toBe(true);
    expect(second.body).toBe(first.body);
    expect(second.response.headers.get('cache-control')).toBe('public, max-age=86400');
    expect((await post(query, {}, { code: 'M1811' })).hit).toBe(false);
  });

  test('offers too, for their five minutes', async () => {
    const first = await post(OFFERS);
    expect((await post(OFFERS)).body).toBe(first.body);
  });

  test("a job seeker's answer is served again to that job seeker only", async () => {
    const alice = await post(ME, { 'x-job-seeker-token': 'sandbox-jobseeker-alice' });
    expect(alice.hit).toBe(false);
    expect((await post(ME, { 'x-job-seeker-token': 'sandbox-jobseeker-alice' })).hit).toBe(true);
    const bob = await post(ME, { 'x-job-seeker-token': 'sandbox-jobseeker-bob' });
    expect(bob.hit).toBe(false);
    expect(bob.body).not.toBe(alice.body);
    const anonymous = await post(ME);
    expect(anonymous.hit).toBe(false);
    expect(JSON.parse(anonymous.body).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  test('errors are never kept', async () => {
    const query = '{ occupation(code: "Z9999") { label } }';
    await post(query);
    expect((await post(query)).hit).toBe(false);
  });

  test("a browser's simple request still goes through CSRF prevention", async () => {
    const url = new URL('/', server.url);
    url.searchParams.set('query', '{ occupation(code: "M1805") { label } }');
    await fetch(url, { headers: { 'apollo-require-preflight': 'true' } }).then((r) => r.arrayBuffer());
    const simple = await fetch(url);
    expect(simple.status).toBe(400);
    expect(simple.headers.get('x-response-cache')).toBeNull();
  });
}

describe('RESPONSE_CACHE=memory', () => {
  behavesAsAResponseCache(() => ({ RESPONSE_CACHE: 'memory' }));
});

describe('RESPONSE_CACHE=redis', () => {
  const prefix = `travail-graph-test:response-cache:${process.pid}:`;
  afterAll(async () => {
    const redis = createClient({ url: REDIS_URL });
    await redis.connect();
    for await (const keys of redis.scanIterator({ MATCH: `${prefix}*` }))
      if (keys.length > 0) await redis.del(keys as unknown as string[]);
    await redis.quit();
  });
  behavesAsAResponseCache(() => ({ RESPONSE_CACHE: 'redis', REDIS_URL, CACHE_PREFIX: prefix }));
});

describe('RESPONSE_CACHE off (default)', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server?.stop());

  test('every request executes', async () => {
    const send = () =>
      fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ occupation(code: "M1805") { label } }' }),
      });
    await (await send()).arrayBuffer();
    expect((await send()).headers.get('x-response-cache')).toBeNull();
  });
});
