import type { RunningServer } from '../../../src/server/app';
import { postQuery, startTestServer } from '../../support/graph-server';

/**
 * "What is the labour market here": one département, every indicator for three occupations, salaries for ten.
 * Agencies of the territory will join this dashboard: add their selection where marked.
 */
const TERRITORY_DASHBOARD = /* GraphQL */ `
  fragment Quarter on Period { kind code year quarter label }
  fragment JobSeekers on JobSeekerFigures { period { ...Quarter } categories { category count share } }
  fragment Offers on OfferFigures { period { ...Quarter } origins { origin count share } }
  fragment Hires on HireFigures { period { ...Quarter } durations { duration count share } }
  fragment Tension on Tension { period { code label } level label hiringIntensity labourShortage }

  query TerritoryDashboard($code: String!, $a: String!, $b: String!, $c: String!, $salaries: [String!]!) {
    territory(type: DEPARTEMENT, code: $code) {
      code name
      dynamism { period { ...Quarter } employmentChangeRate }
      aJobSeekers: jobSeekers(occupation: $a) { ...JobSeekers }
      aNewRegistrations: newRegistrations(occupation: $a) { ...JobSeekers }
      aOffers: registeredOffers(occupation: $a) { ...Offers }
      aHires: hires(occupation: $a) { ...Hires }
      aTension: tension(occupation: $a) { ...Tension }
      bJobSeekers: jobSeekers(occupation: $b) { ...JobSeekers }
      bNewRegistrations: newRegistrations(occupation: $b) { ...JobSeekers }
      bOffers: registeredOffers(occupation: $b) { ...Offers }
      bHires: hires(occupation: $b) { ...Hires }
      bTension: tension(occupation: $b) { ...Tension }
      cJobSeekers: jobSeekers(occupation: $c) { ...JobSeekers }
      cNewRegistrations: newRegistrations(occupation: $c) { ...JobSeekers }
      cOffers: registeredOffers(occupation: $c) { ...Offers }
      cHires: hires(occupation: $c) { ...Hires }
      cTension: tension(occupation: $c) { ...Tension }
      salaries(occupations: $salaries) { occupationCode occupationLabel period { code } entry experienced average }
      # agencies: the territory's France Travail agencies go here.
    }
  }
`;

const OCCUPATIONS = ['M1805', 'M1811', 'F1603'];
const SALARY_OCCUPATIONS = ['M1805', 'M1811', 'F1603', 'J1506', 'K2204', 'N1103', 'G1602', 'D1102', 'M1203', 'N4101'];
const QUARTERLY_FIELDS = ['JobSeekers', 'NewRegistrations', 'Offers', 'Hires'];

describe('the territory dashboard', () => {
  let server: RunningServer;

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server?.stop();
  });

  test('cold: the distinct-key minimum of Marché calls; warm: none', async () => {
    const sandbox = server.sandbox!;
    const variables = {
      code: '35',
      a: OCCUPATIONS[0],
      b: OCCUPATIONS[1],
      c: OCCUPATIONS[2],
      salaries: SALARY_OCCUPATIONS,
    };
    const before = sandbox.counters();
    const cold = await postQuery(server.url, TERRITORY_DASHBOARD, variables);
    const afterCold = sandbox.counters();
    expect(cold.errors).toBeUndefined();

    const territory = cold.data.territory;
    expect(territory.name).toBe('Ille-et-Vilaine');
    expect(territory.dynamism).toHaveLength(1);
    for (const prefix of ['a', 'b', 'c']) {
      for (const field of QUARTERLY_FIELDS) {
        const figures = territory[`${prefix}${field}`];
        expect(figures).toHaveLength(1);
        expect(figures[0].period).toMatchObject({ kind: 'QUARTER', code: '2025T4', year: 2025, quarter: 4 });
      }
      expect(territory[`${prefix}JobSeekers`][0].categories.map((c: { category: string }) => c.category)).toEqual([
        'A',
        'B',
        'C',
        'D',
        'E',
        'ABC',
        'ABCDE',
      ]);
    }
    expect(territory.aTension.period.code).toBe('2019');
    expect(territory.salaries.map((salary: { occupationCode: string }) => salary.occupationCode)).toEqual(
      SALARY_OCCUPATIONS,
    );
    for (const salary of territory.salaries) {
      expect(SALARY_OCCUPATIONS).toContain(salary.occupationCode);
      expect(salary.entry).toBeLessThan(salary.experienced);
    }

    // Distinct keys: 3 occupations × (DE_1, DE_5, OFF_1, EMB_1, PERSP_2) = 15, DYN_1 for the territory = 1,
    // salaries of every occupation of the département = 1 (not 10), the indicator catalogue validating the
    // arguments = 1. Tokens were fetched at start-up.
    // A call the sandbox's quota turned away (429) and the client waited out is still one distinct key.
    const served = (counters: typeof before) => counters.calls.marche - counters.rateLimited.marche;
    expect(served(afterCold) - served(before)).toBe(15 + 1 + 1 + 1);
    expect(afterCold.total - afterCold.rateLimited.marche - (before.total - before.rateLimited.marche)).toBe(18);
    expect(afterCold.tokens - before.tokens).toBe(0);

    const warm = await postQuery(server.url, TERRITORY_DASHBOARD, variables);
    const afterWarm = sandbox.counters();
    expect(warm.errors).toBeUndefined();
    expect(warm.data).toEqual(cold.data);
    expect(afterWarm.total - afterCold.total).toBe(0);
  });
});
