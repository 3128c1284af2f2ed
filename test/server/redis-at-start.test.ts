import type { RunningServer } from '../../src/server/app';
import { startTestServer } from '../support/graph-server';
import { captureLogs } from '../support/logs';
import { REDIS_URL } from '../upstream/support/redis';

describe('Redis unreachable at start-up', () => {
  let server: RunningServer;
  const logs = captureLogs('warn');
  beforeAll(async () => {
    // Nothing listens on port 1.
    server = await startTestServer({ REDIS_URL: 'redis://127.0.0.1:1', FT_TIMEOUT_MS: '1000' });
  });
  afterAll(async () => {
    await server?.stop();
    logs.restore();
  });

  test('the server starts on memory and says so loudly', () => {
    expect(logs.entries()).toContainEqual(
      expect.objectContaining({
        level: 40,
        event: 'redis_unreachable_at_start',
        msg: expect.stringMatching(/NOT shared/),
      }),
    );
  });

  test('/ready reports it', async () => {
    const response = await fetch(new URL('/ready', server.url));
    expect(response.status).toBe(503);
    const body = (await response.json()) as any;
    expect(body.status).toBe('not ready');
    expect(body.checks.cache).toEqual({
      ok: false,
      detail: 'Redis was unreachable at start-up: cache and quotas in process memory',
    });
  });

  test('queries are served all the same', async () => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ occupation(code: "M1805") { label } }' }),
    });
    expect(((await response.json()) as any).data.occupation.label).toBe('Développeur / Développeuse informatique');
  });
});

describe('Redis reachable', () => {
  test('/ready says the cache is in Redis', async () => {
    const server = await startTestServer({ REDIS_URL, CACHE_PREFIX: `travail-graph-test:ready-${process.pid}:` });
    try {
      const response = await fetch(new URL('/ready', server.url));
      expect(response.status).toBe(200);
      expect(((await response.json()) as any).checks.cache).toEqual({ ok: true, detail: 'redis' });
    } finally {
      await server.stop();
    }
  });
});
