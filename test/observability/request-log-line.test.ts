import type { RunningServer } from '../../src/server/app';
import { logger, writeSerialisedLine } from '../../src/server/observability/logger';
import { type RequestLine, serialiseRequestLine } from '../../src/server/observability/request-line';
import { startTestServer } from '../support/graph-server';
import { captureLogs, type CapturedLogs } from '../support/logs';

describe('the request line at info level', () => {
  let server: RunningServer;
  let logs: CapturedLogs;

  beforeAll(async () => {
    logs = captureLogs('info');
    server = await startTestServer();
  });
  afterAll(async () => {
    await server?.stop();
    logs?.restore();
  });

  test('is written without the request headers, so no credential a client sends can reach it', async () => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: 'Bearer client-secret-credential',
        'x-job-seeker-token': 'job-seeker-secret-token',
        'x-request-id': 'info-line-1',
      },
      body: JSON.stringify({ query: 'query Ping { __typename }' }),
    });
    expect(response.status).toBe(200);
    await new Promise((resolve) => setImmediate(resolve));
    const line = logs.entries().find((entry) => entry.requestId === 'info-line-1');
    expect(line).toMatchObject({ event: 'request', operationName: 'Ping', status: 200, outcome: 'success' });
    expect(line).not.toHaveProperty('headers');
    expect(logs.lines.join('\n')).not.toMatch(/client-secret-credential|job-seeker-secret-token/);
  });

  test('other lines keep the configured redaction', () => {
    logger().warn({ token: 'leaked-token', nested: { clientSecret: 'leaked-secret' } }, 'outside data');
    writeSerialisedLine('"event":"request","durationMs":3', 'request');
    const written = logs.lines.slice(-2).join('\n');
    expect(written).not.toMatch(/leaked-token|leaked-secret/);
    expect(written).toContain('[redacted]');
    expect(JSON.parse(logs.lines.at(-1)!)).toMatchObject({ event: 'request', durationMs: 3, service: 'travail-graph' });
  });

  test('the request line is written as pino writes the same fields, in the same order', () => {
    const fields: RequestLine = {
      event: 'request',
      requestId: 'r-1',
      method: 'POST',
      status: 200,
      aborted: undefined,
      operationName: 'Ping "quoted" é',
      outcome: 'partial',
      durationMs: 4,
      upstreamCalls: { offres: 2 },
      cache: { process: 1, shared: 0, miss: 0, coalesced: 0 },
      quotaWaitMs: 0,
      errors: { NOT_FOUND: 1 },
    };
    logger().info(fields, 'request');
    writeSerialisedLine(serialiseRequestLine(fields), 'request');
    const [byPino, ours] = logs.lines.slice(-2).map((line) => {
      const { time, ...rest } = JSON.parse(line) as Record<string, unknown>;
      expect(time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      return rest;
    });
    expect(ours).toEqual(byPino);
    expect(Object.keys(ours)).toEqual(Object.keys(byPino));
    const written = logs.lines.length;
    logger().level = 'warn';
    writeSerialisedLine(serialiseRequestLine(fields), 'request');
    logger().level = 'info';
    expect(logs.lines).toHaveLength(written);
  });
});
