import type { IncomingMessage } from 'node:http';
import type { RunningServer } from '../../src/server/app';
import { clientIdOf } from '../../src/server/http/client-id';
import { HttpError } from '../../src/server/http/http-error';
import { sendJson } from '../../src/server/http/http-error';
import { shutdownOnSignals } from '../../src/server/shutdown';
import { startTestServer } from '../support/graph-server';
import { captureLogs } from '../support/logs';

describe('HTTP front', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server?.stop());

  test('/health answers without touching a dependency', async () => {
    const response = await fetch(new URL('/health', server.url));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  test('/ready says the tokens are obtained and the cache is in memory', async () => {
    const response = await fetch(new URL('/ready', server.url));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      status: 'ready',
      checks: { upstreamTokens: { ok: true, detail: 'obtained' }, cache: { ok: true, detail: 'memory' } },
    });
  });

  test('a route plugs in with one line', async () => {
    server.router.route('/extra', (_req, res) => sendJson(res, 200, { extra: true }));
    expect(await (await fetch(new URL('/extra', server.url))).json()).toEqual({ extra: true });
  });

  test('a route that fails unexpectedly answers a bare JSON 500', async () => {
    const logs = captureLogs('warn');
    server.router.route('/broken', () => {
      throw new Error('/work/secret/path exploded');
    });
    const response = await fetch(new URL('/broken', server.url));
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({
      errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
    });
    logs.restore();
    expect(logs.entries()).toEqual([
      expect.objectContaining({ event: 'http_error', status: 500, cause: 'Error: /work/secret/path exploded' }),
    ]);
  });

  test('GET and POST both run a query', async () => {
    const get = await fetch(new URL('/?query=%7B__typename%7D', server.url), {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(await get.json()).toEqual({ data: { __typename: 'Query' } });
    const post = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(await post.json()).toEqual({ data: { __typename: 'Query' } });
  });

  test('the explorer landing page is served to browsers by default', async () => {
    const response = await fetch(server.url, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
  });

  test('introspection is on by default', async () => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __schema { queryType { name } } }' }),
    });
    expect(await response.json()).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
  });

  test('SIGTERM drains a request in flight, then exits 0', async () => {
    const other = await startTestServer();
    other.sandbox!.setLatency(400);
    const inFlight = fetch(other.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ occupation(code: "M1805") { label } }' }),
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const exited = new Promise<number>((resolve) => {
      shutdownOnSignals({ stop: () => other.stop(), graceMs: 5_000, exit: resolve, log: () => undefined })('SIGTERM');
    });
    const answer = await inFlight;
    expect(answer.status).toBe(200);
    expect(((await answer.json()) as any).data.occupation.label).toBe('Développeur / Développeuse informatique');
    expect(await exited).toBe(0);
    await expect(fetch(new URL('/health', other.url))).rejects.toThrow();
  });
});

describe('client identity', () => {
  const request = (headers: Record<string, string>, remoteAddress = '203.0.113.7') =>
    ({ headers, socket: { remoteAddress } }) as unknown as IncomingMessage;

  test('X-Client-Id names the client', () => {
    expect(clientIdOf(request({ 'x-client-id': 'job-board-42' }))).toBe('job-board-42');
  });

  test('without it, the remote address does', () => {
    expect(clientIdOf(request({}))).toBe('ip:203.0.113.7');
  });

  test('a malformed X-Client-Id is refused, not trusted', () => {
    expect(() => clientIdOf(request({ 'x-client-id': 'a\u0000b' }))).toThrow(HttpError);
    expect(() => clientIdOf(request({ 'x-client-id': '' }))).toThrow(HttpError);
  });
});
