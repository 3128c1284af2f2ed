import { SANDBOX_APIS, type SandboxApi } from '../../src/sandbox';
import type { RunningServer } from '../../src/server/app';
import type { GraphResponse } from '../support/graph-server';
import { startTestServer } from '../support/graph-server';

/**
 * A declared cost is an upper bound: on a cold cache, the calls an operation makes to each API never exceed the
 * estimate demand control gives for it (`X-Upstream-Cost-Estimate: 1` → `extensions.cost.upstreamCalls`).
 */
async function estimatedAndMade(
  server: RunningServer,
  query: string,
): Promise<{ answer: GraphResponse; estimated: Record<string, number>; made: Record<string, number> }> {
  const sandbox = server.sandbox!;
  const before = sandbox.counters();
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-upstream-cost-estimate': '1' },
    body: JSON.stringify({ query }),
  });
  const answer = (await response.json()) as GraphResponse;
  const after = sandbox.counters();
  // Served calls: a call the sandbox's quota turned away and the client retried is one call, as in the estimate.
  const served = (counters: typeof before, api: SandboxApi) =>
    (counters.calls[api] ?? 0) - (counters.rateLimited[api] ?? 0);
  const made = Object.fromEntries(
    SANDBOX_APIS.map((api) => [api, served(after, api) - served(before, api)] as const).filter(
      ([, calls]) => calls > 0,
    ),
  );
  return { answer, estimated: answer.extensions?.cost?.upstreamCalls ?? {}, made };
}

/** The APIs called more often than estimated, with both counts: none when the estimate is an upper bound. */
function underestimated(estimated: Record<string, number>, made: Record<string, number>) {
  return Object.entries(made)
    .filter(([api, calls]) => calls > (estimated[api] ?? 0))
    .map(([api, calls]) => ({ api, calls, estimated: estimated[api] ?? 0 }));
}

describe('declared costs bound the calls made on a cold cache', () => {
  let server: RunningServer;
  beforeEach(async () => {
    server = await startTestServer();
  });
  afterEach(async () => {
    await server.stop();
  });

  test('agenciesNear around a commune without an agency of its own: the list and its competent agency', async () => {
    const { answer, estimated, made } = await estimatedAndMade(
      server,
      '{ agenciesNear(commune: "35001", radiusKm: 30, first: 3) { agencies { agency { code } } } }',
    );
    expect(answer.errors).toBeUndefined();
    expect(made).toEqual({ agences: 2 });
    expect(underestimated(estimated, made)).toEqual([]);
    expect(estimated).toEqual({ agences: 2 });
  });

  test('Occupation.salary: the indicator catalogue, then one call per territory asked', async () => {
    const { answer, estimated, made } = await estimatedAndMade(
      server,
      `{
        m1805: occupation(code: "M1805") {
          rennes: salary(territory: { type: DEPARTEMENT, code: "35" }) { occupationCode }
          brest: salary(territory: { type: DEPARTEMENT, code: "29" }) { occupationCode }
        }
        k2204: occupation(code: "K2204") { salary(territory: { type: DEPARTEMENT, code: "35" }) { occupationCode } }
      }`,
    );
    expect(answer.errors).toBeUndefined();
    expect(made).toMatchObject({ marche: 3 });
    expect(underestimated(estimated, made)).toEqual([]);
    // Exact: the same territory asked for two occupations is one call, as it is upstream.
    expect(estimated).toMatchObject({ marche: 3 });
  });

  test('quarterly figures: the indicator catalogue, then one call per indicator, territory and occupation', async () => {
    const { answer, estimated, made } = await estimatedAndMade(
      server,
      `{ territory(type: DEPARTEMENT, code: "35") {
          jobSeekers(occupation: "M1805") { period { code } }
          hires(occupation: "M1805") { period { code } }
          dynamism { period { code } }
        } }`,
    );
    expect(answer.errors).toBeUndefined();
    expect(made).toEqual({ marche: 4 });
    expect(underestimated(estimated, made)).toEqual([]);
    expect(estimated).toEqual({ marche: 4 });
  });
});
