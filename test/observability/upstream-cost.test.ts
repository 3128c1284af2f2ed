import type { RunningServer } from '../../src/server/app';
import { type GraphResponse, startTestServer } from '../support/graph-server';
import { operation } from '../support/operations';

const OVERVIEW = operation('occupation-overview');

async function postWithCost(url: string, variables: Record<string, unknown>): Promise<GraphResponse> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', 'x-upstream-cost': '1' },
    body: JSON.stringify({ query: OVERVIEW, variables }),
  });
  return (await response.json()) as GraphResponse;
}

function nonZero(counts: Record<string, number | undefined>): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).filter(([, count]) => count)) as Record<string, number>;
}

describe('actual upstream cost (X-Upstream-Cost: 1 → extensions.upstreamCost)', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startTestServer();
    // The whole ROME lists load once per process: out of the way before counting.
    await postWithCost(server.url, { code: 'M1805', territory: { type: 'DEPARTEMENT', code: '35' } });
  });
  afterAll(() => server?.stop());

  test('is absent unless asked for', async () => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(((await response.json()) as GraphResponse).extensions?.upstreamCost).toBeUndefined();
  });

  test('a cold query reports the calls the sandbox counted, by API', async () => {
    server.sandbox!.resetCounters();
    const answer = await postWithCost(server.url, { code: 'M1805', territory: { type: 'DEPARTEMENT', code: '44' } });
    expect(answer.errors).toBeUndefined();
    const cost = answer.extensions!.upstreamCost;
    const counted = server.sandbox!.counters();
    expect(cost.upstreamCalls).toBeGreaterThan(0);
    expect(nonZero(cost.upstreamCallsByApi)).toEqual(nonZero(counted.calls));
    expect(cost.upstreamCalls + cost.retries).toBe(counted.total);
    expect(cost.cacheMisses).toBe(cost.upstreamCalls);
    expect(cost.quotaWaitMs).toEqual(expect.any(Number));
  });

  test('the same query again costs nothing upstream and says where it was served from', async () => {
    server.sandbox!.resetCounters();
    const answer = await postWithCost(server.url, { code: 'M1805', territory: { type: 'DEPARTEMENT', code: '44' } });
    expect(server.sandbox!.counters().total).toBe(0);
    expect(answer.extensions!.upstreamCost).toMatchObject({
      upstreamCalls: 0,
      cacheMisses: 0,
      coalescedCalls: 0,
      cacheHits: { process: expect.any(Number), shared: 0 },
    });
    expect(answer.extensions!.upstreamCost.cacheHits.process).toBeGreaterThan(0);
  });

  test('identical concurrent queries share their calls: together they cost what the sandbox counted', async () => {
    server.sandbox!.resetCounters();
    const variables = { code: 'M1805', territory: { type: 'DEPARTEMENT', code: '29' } };
    const answers = await Promise.all([postWithCost(server.url, variables), postWithCost(server.url, variables)]);
    const costs = answers.map((answer) => answer.extensions!.upstreamCost);
    expect(costs[0].upstreamCalls + costs[1].upstreamCalls).toBe(server.sandbox!.counters().total);
    expect(costs[0].coalescedCalls + costs[1].coalescedCalls).toBeGreaterThan(0);
  });
});
