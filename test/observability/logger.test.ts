import type { RunningServer } from '../../src/server/app';
import { HttpTransport } from '../../src/upstream/core/http-transport';
import { EXPIRED_JOB_SEEKER_TOKEN } from '../../src/sandbox';
import { postQuery, startTestServer } from '../support/graph-server';
import { postAsJobSeeker } from '../support/job-seeker';
import { captureLogs, type CapturedLogs } from '../support/logs';
import { operation } from '../support/operations';

describe('logs', () => {
  let server: RunningServer;
  let logs: CapturedLogs;
  /** Every Authorization header the server sent upstream: the application's bearer tokens. */
  const bearerTokens = new Set<string>();
  const send = HttpTransport.prototype.send;

  beforeAll(async () => {
    jest.spyOn(HttpTransport.prototype, 'send').mockImplementation(function (this: HttpTransport, request) {
      const authorization = request.headers?.authorization;
      if (authorization) bearerTokens.add(authorization.replace(/^Bearer /, ''));
      return send.call(this, request);
    });
    logs = captureLogs('trace');
    server = await startTestServer();
  });
  afterAll(async () => {
    await server?.stop();
    logs?.restore();
    jest.restoreAllMocks();
  });

  test('one JSON line per request: id, operation, duration, upstream calls, cache, errors', async () => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', 'x-request-id': 'bff-42' },
      body: JSON.stringify({
        query: operation('occupation-overview'),
        variables: { code: 'M1805', territory: { type: 'DEPARTEMENT', code: '35' } },
      }),
    });
    expect(response.headers.get('x-request-id')).toBe('bff-42');
    await response.json();
    const line = await requestLine('bff-42');
    expect(line).toMatchObject({
      level: 30,
      event: 'request',
      status: 200,
      operationName: 'OccupationOverview',
      operationHash: expect.stringMatching(/^[0-9a-f]{64}$/),
      outcome: 'success',
      durationMs: expect.any(Number),
      quotaWaitMs: expect.any(Number),
    });
    expect(line.upstreamCalls.offres).toBeGreaterThan(0);
    expect(line.cache.miss).toBeGreaterThan(0);
    expect(logs.entries()).toContainEqual(
      expect.objectContaining({
        level: 20,
        event: 'upstream_call',
        requestId: 'bff-42',
        api: 'offres',
        endpoint: '/partenaire/offresdemploi/v2/offres/search',
        status: expect.any(Number),
      }),
    );
  });

  test('a request without an id gets one; errors are counted by code', async () => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
      body: JSON.stringify({ query: 'query Bad { occupation(code: "x") { label } }' }),
    });
    const requestId = response.headers.get('x-request-id');
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    await response.json();
    expect(await requestLine(requestId!)).toMatchObject({
      operationName: 'Bad',
      outcome: 'error',
      errors: { BAD_USER_INPUT: 1 },
    });
  });

  test('a run of many operations, all levels on, writes no secret, bearer token or job-seeker token', async () => {
    const bffToken = 'bff-bearer-0123456789abcdef';
    const alice = 'sandbox-jobseeker-alice';
    await Promise.all([
      postQuery(server.url, operation('jobs-near-me'), { departement: '35', romeCodes: ['M1805'], first: 5 }),
      postQuery(server.url, operation('region-overview'), { code: '53', occupation: 'M1805' }),
      postAsJobSeeker(server.url, alice, operation('my-sought-jobs')),
      postAsJobSeeker(server.url, EXPIRED_JOB_SEEKER_TOKEN, operation('my-sought-jobs')),
      fetch(server.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'apollo-require-preflight': 'true',
          authorization: `Bearer ${bffToken}`,
          'x-job-seeker-token': alice,
        },
        body: JSON.stringify({ query: '{ me { soughtJobs { id } } }' }),
      }).then((response) => response.text()),
      fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' }).then((r) =>
        r.text(),
      ),
    ]);
    await requestLine(undefined, 8);
    const written = logs.lines.join('\n');
    expect(logs.entries().some((entry) => entry.headers?.authorization === '[redacted]')).toBe(true);
    expect(bearerTokens.size).toBeGreaterThan(0);
    const secrets = [
      server.sandbox!.credentials.clientSecret,
      bffToken,
      alice,
      EXPIRED_JOB_SEEKER_TOKEN,
      ...bearerTokens,
    ];
    for (const secret of secrets) expect({ secret, found: written.includes(secret) }).toEqual({ secret, found: false });
    expect(written).not.toMatch(/Bearer [\w\-.~+/]{8,}/);
  });

  /** The request line of `requestId` (or waits for `count` request lines): it is written once the response ends. */
  async function requestLine(requestId: string | undefined, count = 1): Promise<Record<string, any>> {
    for (let attempt = 0; attempt < 100; attempt += 1) {
      const lines = logs
        .entries()
        .filter((entry) => entry.event === 'request' && (requestId === undefined || entry.requestId === requestId));
      if (lines.length >= count) return lines[0]!;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error(`no request line for ${requestId}`);
  }
});
