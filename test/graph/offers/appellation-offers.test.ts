import type { RunningServer } from '../../../src/server/app';
import type { SandboxCounters } from '../../../src/sandbox';
import { type GraphResponse, postQuery, startTestServer } from '../../support/graph-server';
import { callApi, tokenFor } from '../../sandbox/helpers';

const SEARCH_ROUTE = 'GET /offresdemploi/v2/offres/search';
const BY_ID_ROUTE = 'GET /offresdemploi/v2/offres/{id}';
/** "Développeur / Développeuse web", an appellation with well over a page of offers in the sandbox. */
const APPELLATION = '38444';

const APPELLATION_OFFERS = /* GraphQL */ `
  query AppellationOffers($code: String!, $first: Int!, $after: String) {
    appellation(code: $code) {
      code
      label
      offers(first: $first, after: $after) {
        totalCount
        edges {
          cursor
          node {
            id title description createdAt updatedAt romeCode romeLabel appellationLabel
            contract { type label nature workingHours fullTime }
            location { label postalCode communeCode latitude longitude }
            company { name description url }
            salary { label }
            experience
          }
        }
        pageInfo { hasNextPage endCursor }
      }
    }
  }`;

async function post(url: string, variables: Record<string, unknown>, query = APPELLATION_OFFERS) {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'apollo-require-preflight': 'true',
      'x-upstream-cost-estimate': '1',
    },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphResponse;
}

function routeCalls(before: SandboxCounters, after: SandboxCounters): Record<string, number> {
  const calls: Record<string, number> = {};
  for (const [route, count] of Object.entries(after.byRoute)) {
    const delta = count - (before.byRoute[route] ?? 0);
    if (delta > 0) calls[route] = delta;
  }
  return calls;
}

describe('RomeAppellation.offers, contributed by the offers subgraph', () => {
  let server: RunningServer;
  const counters = () => server.sandbox!.counters();

  beforeAll(async () => {
    server = await startTestServer();
    // The métiers list loads once per process: out of the way before counting.
    expect((await postQuery(server.url, `{ appellation(code: "${APPELLATION}") { label } }`)).errors).toBeUndefined();
  });
  afterAll(async () => {
    await server?.stop();
  });

  test('full offers cost one search call and no call per offer, and demand control counts that search', async () => {
    const before = counters();
    const answer = await post(server.url, { code: APPELLATION, first: 20 });
    const after = counters();
    expect(answer.errors).toBeUndefined();
    const offers = answer.data!.appellation.offers;
    expect(offers.edges).toHaveLength(20);
    expect(routeCalls(before, after)).toEqual({ [SEARCH_ROUTE]: 1 });
    expect(routeCalls(before, after)[BY_ID_ROUTE]).toBeUndefined();
    expect(answer.extensions!.cost.upstreamCalls).toEqual({ offres: 1, 'rome-metiers': 1 });
  });

  test('each offers page asked for, alias by alias, is estimated at one search call', async () => {
    const answer = await post(server.url, { code: APPELLATION, first: 0 });
    expect(answer.extensions!.cost.upstreamCalls.offres).toBe(1);
    const aliased = await post(
      server.url,
      { code: APPELLATION },
      `query ($code: String!) { appellation(code: $code) { a: offers(first: 150) { totalCount } b: offers(first: 5) { totalCount } } }`,
    );
    expect(aliased.errors).toBeUndefined();
    expect(aliased.extensions!.cost.upstreamCalls.offres).toBe(2);
  });

  test('answers what the Offres search by appellation code answers, in the same order, page after page', async () => {
    const token = await tokenFor(server.sandbox!, ['api_offresdemploiv2', 'o2dsoffre']);
    const upstream = await callApi(
      server.sandbox!,
      token,
      `/offresdemploi/v2/offres/search?appellation=${APPELLATION}&range=0-29`,
    );
    expect(upstream.status).toBe(206);
    const total = Number(/\/(\d+)$/.exec(upstream.headers.get('content-range') ?? '')?.[1]);
    const expected = ((await upstream.json()) as { resultats: Record<string, any>[] }).resultats;
    expect(expected).toHaveLength(30);

    const first = (await post(server.url, { code: APPELLATION, first: 15 })).data!.appellation.offers;
    const second = (await post(server.url, { code: APPELLATION, first: 15, after: first.pageInfo.endCursor })).data!
      .appellation.offers;
    expect(first.totalCount).toBe(total);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const nodes = [...first.edges, ...second.edges].map((edge: any) => edge.node);
    expect(nodes.map((node) => [node.id, node.title, node.romeCode, node.appellationLabel])).toEqual(
      expected.map((offre) => [offre.id, offre.intitule, offre.romeCode, offre.appellationlibelle]),
    );
    expect(nodes.map((node) => node.contract.type)).toEqual(expected.map((offre) => offre.typeContrat ?? null));
    expect(nodes.map((node) => node.location?.label ?? null)).toEqual(
      expected.map((offre) => offre.lieuTravail?.libelle ?? null),
    );
  });

  test('paging arguments are checked like every offers field', async () => {
    const answer = await post(server.url, { code: APPELLATION, first: 151 });
    expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(answer.errors)).not.toMatch(/at .*\.ts|node_modules/);
  });
});
