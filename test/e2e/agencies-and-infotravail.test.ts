import type { RunningServer } from '../../src/server/app';
import { postQuery, startTestServer } from '../support/graph-server';

const DASHBOARD = /* GraphQL */ `
  query AgenciesDashboard {
    territory(type: DEPARTEMENT, code: "35") {
      name
      agencies { code name openingHours { day closed walkIn { opens closes } } commune { name } }
    }
    agency(code: "BRE0070") { name address { communeCode } region { name } }
    agenciesNear(commune: "35238", radiusKm: 10, first: 3) { agencies { distanceKm agency { code } } }
    m1805: occupation(code: "M1805") { labourMarketStatistics(territory: { type: DEPARTEMENT, code: "35" }) { areaCode } }
    d1102: occupation(code: "D1102") { labourMarketStatistics(territory: { type: COMMUNE, code: "35238" }) { areaCode } }
    k2204: occupation(code: "K2204") { labourMarketStatistics(territory: { type: DEPARTEMENT, code: "35" }) { areaCode } }
  }
`;

describe('agencies and Infotravail through the graph', () => {
  let server: RunningServer;

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server?.stop();
  });

  test('a territory dashboard costs one agency-list call and one IMT call cold, nothing warm', async () => {
    const sandbox = server.sandbox!;
    const before = sandbox.counters();
    const cold = await postQuery(server.url, DASHBOARD);
    const afterCold = sandbox.counters();
    expect(cold.errors).toBeUndefined();
    const territory = cold.data.territory;
    expect(territory.agencies.length).toBeGreaterThan(5);
    expect(territory.agencies.every((a: { commune: { name: string } | null }) => a.commune !== null)).toBe(true);
    expect(territory.agencies[0].openingHours).toHaveLength(5);
    expect(cold.data.agency).toEqual({
      name: 'RENNES NORD',
      address: { communeCode: '35238' },
      region: { name: 'Bretagne' },
    });
    const near = cold.data.agenciesNear.agencies;
    expect(near.map((n: { distanceKm: number }) => n.distanceKm)).toEqual(
      [...near.map((n: { distanceKm: number }) => n.distanceKm)].sort((a, b) => a - b),
    );
    // A commune is answered at its département: the three occupations share one area, hence one SQL call.
    expect(cold.data.d1102.labourMarketStatistics?.areaCode ?? '35').toBe('35');
    expect(afterCold.calls.agences - before.calls.agences).toBe(1);
    expect(afterCold.calls.infotravail - before.calls.infotravail).toBe(1);

    const warm = await postQuery(server.url, DASHBOARD);
    expect(warm.errors).toBeUndefined();
    expect(sandbox.counters().total).toBe(afterCold.total);
  });

  test('bad arguments are refused before any upstream call, with BAD_USER_INPUT', async () => {
    const sandbox = server.sandbox!;
    const before = sandbox.counters().total;
    const cases = [
      '{ agency(code: "Robert\'); DROP") { code } }',
      '{ competentAgency(commune: "3523") { code } }',
      '{ agenciesNear(point: { latitude: 95, longitude: 0 }) { origin { latitude } } }',
      '{ agenciesNear(point: { latitude: 48, longitude: -1 }, commune: "35238") { origin { latitude } } }',
      '{ datastoreRecords(resourceId: "not-a-uuid") { totalCount } }',
      '{ datastoreRecords(resourceId: "266f691f-bce8-4443-808e-8e5aa125cf17", columns: ["A\\" OR 1=1"]) { totalCount } }',
      '{ labourMarketStatistics(occupations: [], territory: { type: DEPARTEMENT, code: "35" }) { areaCode } }',
      '{ hiringProjects { totalCount } }',
    ];
    for (const query of cases) {
      const answer = await postQuery(server.url, query);
      expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    expect(sandbox.counters().total).toBe(before);
  });

  test('an unknown agency is NOT_FOUND; Infotravail down gives partial data and UPSTREAM_UNAVAILABLE', async () => {
    const missing = await postQuery(server.url, '{ agency(code: "ZZZ9999") { code } }');
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    server.sandbox!.injectFault({ api: 'infotravail', status: 503, times: 10 });
    const partial = await postQuery(
      server.url,
      '{ agency(code: "BRE0070") { name } anonymisedOffers(commune: "29232") { totalCount } }',
    );
    server.sandbox!.clearFaults();
    expect(partial.data?.agency).toEqual({ name: 'RENNES NORD' });
    expect(partial.errors?.[0]).toMatchObject({
      path: ['anonymisedOffers'],
      // Unavailable, or refused by our own quota wait when the retries of a 1-call/s API outlast it.
      extensions: { code: expect.stringMatching(/^UPSTREAM_(UNAVAILABLE|RATE_LIMITED)$/), upstream: 'infotravail' },
    });
  });
});
