import type { RunningServer } from '../../src/server/app';
import { postQuery, startTestServer } from '../support/graph-server';

/** The value of one sample of the Prometheus text, 0 when absent. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number {
  const wanted = Object.entries(labels).map(([key, value]) => `${key}="${value}"`);
  const line = text
    .split('\n')
    .find((row) =>
      row.startsWith(`${name}{`) || row.startsWith(`${name} `) ? wanted.every((label) => row.includes(label)) : false,
    );
  return line ? Number(line.slice(line.lastIndexOf(' ') + 1)) : 0;
}

async function scrape(url: string): Promise<string> {
  const response = await fetch(new URL('/metrics', url));
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
  return response.text();
}

describe('/metrics', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server?.stop());

  test('counters move with a query: requests by operation and outcome, upstream calls, cache lookups', async () => {
    const before = await scrape(server.url);
    const answer = await postQuery(
      server.url,
      'query Tension { territory(type: DEPARTEMENT, code: "35") { name tension(occupation: "M1805") { level } } }',
    );
    expect(answer.errors).toBeUndefined();
    await postQuery(server.url, 'query Broken { occupation(code: "x") { label } }');
    const after = await scrape(server.url);

    const moved = (name: string, labels: Record<string, string> = {}) =>
      sample(after, name, labels) - sample(before, name, labels);
    expect(moved('travail_graph_graphql_requests_total', { operation: 'Tension', outcome: 'success' })).toBe(1);
    expect(moved('travail_graph_graphql_requests_total', { operation: 'Broken', outcome: 'error' })).toBe(1);
    expect(moved('travail_graph_graphql_errors_total', { code: 'BAD_USER_INPUT' })).toBe(1);
    const marcheCalls = after
      .split('\n')
      .filter((row) => row.startsWith('travail_graph_upstream_calls_total{') && row.includes('api="marche"'))
      .reduce((sum, row) => sum + Number(row.slice(row.lastIndexOf(' ') + 1)), 0);
    expect(marcheCalls).toBe(server.sandbox!.counters().calls.marche);
    expect(marcheCalls).toBeGreaterThan(0);
    expect(moved('travail_graph_upstream_call_duration_seconds_count', { api: 'marche' })).toBe(marcheCalls);
    expect(after).toMatch(/travail_graph_cache_lookups_total\{kind="marche:[^"]+",tier="miss"\} [1-9]/);
    expect(sample(after, 'travail_graph_graphql_requests_in_flight')).toBe(0);
    // Node's own.
    expect(sample(after, 'process_resident_memory_bytes')).toBeGreaterThan(0);
    expect(after).toContain('nodejs_eventloop_lag_seconds');
  });

  test('circuit state per API: 0 closed, 2 once failures open it', async () => {
    const fragile = await startTestServer({
      FT_CIRCUIT_FAILURES: '1',
      FT_CIRCUIT_HALF_OPEN_MS: '600000',
      FT_MAX_RETRIES: '0',
    });
    try {
      expect(sample(await scrape(fragile.url), 'travail_graph_upstream_circuit_state', { api: 'marche' })).toBe(0);
      fragile.sandbox!.injectFault({ api: 'marche', status: 503 });
      const answer = await postQuery(
        fragile.url,
        'query { territory(type: DEPARTEMENT, code: "35") { tension(occupation: "M1805") { level } } }',
      );
      expect(answer.errors?.[0]?.extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
      const after = await scrape(fragile.url);
      expect(sample(after, 'travail_graph_upstream_circuit_state', { api: 'marche' })).toBe(2);
      expect(after).toMatch(/travail_graph_upstream_circuit_state\{api="offres"\} 0/);
    } finally {
      await fragile.stop();
    }
  });

  test('quota queue length per API while calls wait for a slot, back to 0 after', async () => {
    const slow = await startTestServer({ FT_QUOTA_MARCHE: '2' });
    try {
      const occupations = ['M1805', 'M1811', 'K2204', 'D1106', 'J1501', 'F1603'];
      const fields = occupations.map((code, index) => `t${index}: tension(occupation: "${code}") { level }`).join(' ');
      const query = postQuery(slow.url, `query { territory(type: DEPARTEMENT, code: "35") { ${fields} } }`);
      let longest = 0;
      for (let poll = 0; poll < 60 && longest === 0; poll++) {
        longest = sample(await scrape(slow.url), 'travail_graph_upstream_quota_queue_length', { api: 'marche' });
        if (longest === 0) await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(longest).toBeGreaterThan(0);
      expect((await query).errors).toBeUndefined();
      expect(sample(await scrape(slow.url), 'travail_graph_upstream_quota_queue_length', { api: 'marche' })).toBe(0);
    } finally {
      await slow.stop();
    }
  });

  test('METRICS=false turns the route off', async () => {
    const quiet = await startTestServer({ METRICS: 'false' });
    try {
      expect((await fetch(new URL('/metrics', quiet.url))).status).toBe(404);
    } finally {
      await quiet.stop();
    }
  });
});
