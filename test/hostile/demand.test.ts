import { operation } from '../support/operations';
import { HostileHarness, query, README_QUERY, type RawResponse } from './harness';

/** 20 tension aliases on each of 150 offers: 1.3 KB that once made 162 upstream calls in 15 s. */
const TENSION_ALIASES = `{ offers(filter: { departement: "35" }, first: 150) { edges { node { id appellation { ${Array.from(
  { length: 20 },
  (_, i) => `t${i}: tension(territory: { type: DEPARTEMENT, code: "${10 + i}" }) { level }`,
).join(' ')} } } } } }`;

/** Aliased 150-offer searches, each with the appellation's tension: once 216 calls, 21 s and 8.7 MB. */
const aliasedSearches = (n: number) =>
  `{ ${Array.from(
    { length: n },
    (_, i) =>
      `o${i}: offers(filter: { departement: "${10 + i}" }, first: 150) { edges { node { id title appellation { label tension(territory: { type: DEPARTEMENT, code: "35" }) { level } } } } }`,
  ).join(' ')} }`;

const ESTIMATE = { 'x-upstream-cost-estimate': '1' };
const withEstimate = (text: string, variables?: Record<string, unknown>) => {
  const raw = query(text, variables ? { variables } : {});
  return { ...raw, headers: { ...raw.headers, ...ESTIMATE } };
};

describe('demand control: operations over the upstream budget are refused before any upstream call', () => {
  const harness = new HostileHarness();
  beforeAll(async () => {
    await harness.start();
    // Warm what the health check after each case asks, so that every upstream call counted below is the case's own.
    await harness.send(query(README_QUERY));
  });
  afterAll(() => harness.stop());

  async function refusedWithoutUpstreamCall(text: string, code: string): Promise<RawResponse> {
    const before = harness.server.sandbox!.counters();
    const response = await harness.expectRefused(query(text), 400, code);
    const after = harness.server.sandbox!.counters();
    expect({ tokens: after.tokens - before.tokens, calls: after.total - before.total }).toEqual({
      tokens: 0,
      calls: 0,
    });
    return response;
  }

  test('20 tension aliases per offer: QUERY_TOO_EXPENSIVE with the estimate', async () => {
    const response = await refusedWithoutUpstreamCall(TENSION_ALIASES, 'QUERY_TOO_EXPENSIVE');
    expect(response.json!.errors![0].extensions!.cost).toEqual({
      upstreamCalls: { offres: 1, 'rome-metiers': 1, marche: 3000 },
      budget: { offres: 200, 'rome-metiers': 20, marche: 200 },
      exceeded: ['marche'],
    });
  });

  test('50 aliased 150-offer searches: over the alias limit, before any upstream call', async () => {
    await refusedWithoutUpstreamCall(aliasedSearches(50), 'TOO_MANY_ALIASES');
  });

  test('30 aliased 150-offer searches: QUERY_TOO_EXPENSIVE', async () => {
    const response = await refusedWithoutUpstreamCall(aliasedSearches(30), 'QUERY_TOO_EXPENSIVE');
    expect(response.json!.errors![0].extensions!.cost.upstreamCalls).toEqual({
      offres: 30,
      'rome-metiers': 1,
      marche: 4500,
    });
  });

  test('the core traversal passes, and its estimate is in extensions.cost on demand', async () => {
    const response = await harness.send(
      withEstimate(operation('jobs-near-me'), { departement: '35', romeCodes: ['M1805', 'M1811'], first: 150 }),
    );
    expect(response.status).toBe(200);
    expect(response.json!.data.offers.edges).toHaveLength(150);
    expect(response.json!.extensions.cost).toEqual({
      upstreamCalls: { offres: 1, 'rome-metiers': 1, 'rome-fiches-metiers': 1, marche: 150 },
      budget: { offres: 200, 'rome-metiers': 20, 'rome-fiches-metiers': 20, marche: 200 },
    });
  });

  test('the estimate follows the variables of one document', async () => {
    const response = await harness.send(
      withEstimate(operation('jobs-near-me'), { departement: '35', romeCodes: ['M1805'], first: 10 }),
    );
    expect(response.json!.extensions.cost.upstreamCalls.marche).toBe(10);
  });

  test('no estimate unless asked for', async () => {
    const response = await harness.send(query('{ occupation(code: "M1805") { label } }'));
    expect(response.json!.extensions?.cost).toBeUndefined();
  });

  test.each([
    [
      'occupation overview',
      operation('occupation-overview'),
      { code: 'M1805', territory: { type: 'DEPARTEMENT', code: '35' } },
    ],
    ['région overview', operation('region-overview'), { code: '53', occupation: 'M1805' }],
    [
      'README reverse query',
      `{ occupation(code: "M1805") { label appellations { code label } tension(territory: { type: DEPARTEMENT, code: "35" }) { year level label }
         offers(territory: { type: DEPARTEMENT, code: "35" }, first: 10) { totalCount edges { node { id title } } } }
         territory(type: REGION, code: "53") { name departements { code name } tension(occupation: "M1805") { level label } } }`,
      undefined,
    ],
    [
      'one occupation across the 13 metropolitan régions',
      `query Across($code: String!) { occupation(code: $code) { code label ${[
        '11',
        '24',
        '27',
        '28',
        '32',
        '44',
        '52',
        '53',
        '75',
        '76',
        '84',
        '93',
        '94',
      ]
        .map(
          (code) =>
            `t${code}: tension(territory: { type: REGION, code: "${code}" }) { year level label territory { code name } } o${code}: offers(territory: { type: REGION, code: "${code}" }, first: 0) { totalCount }`,
        )
        .join(' ')} } }`,
      { code: 'M1805' },
    ],
  ])('%s passes', async (_name, text, variables) => {
    const response = await harness.send(withEstimate(text, variables));
    expect({ status: response.status, errors: response.json?.errors }).toEqual({ status: 200, errors: undefined });
    expect(Object.keys(response.json!.extensions.cost.upstreamCalls).length).toBeGreaterThan(0);
  });
});
