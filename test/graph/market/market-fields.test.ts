import type { RunningServer } from '../../../src/server/app';
import { postQuery, startTestServer } from '../../support/graph-server';

const callsOf = async <T>(server: RunningServer, work: () => Promise<T>) => {
  const before = server.sandbox!.counters();
  const result = await work();
  const after = server.sandbox!.counters();
  return { result, marche: (after.calls.marche ?? 0) - (before.calls.marche ?? 0) };
};

describe('Marché du travail fields', () => {
  let server: RunningServer;
  const query = (text: string, variables?: Record<string, unknown>) => postQuery(server.url, text, variables);

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server?.stop();
  });

  test('the breakdown by characteristic is asked upstream only when selected', async () => {
    const plain = await callsOf(server, () =>
      query(
        '{ territory(type: REGION, code: "53") { jobSeekers(occupation: "M1805") { categories { category count } } } }',
      ),
    );
    expect(plain.result.errors).toBeUndefined();
    expect(plain.marche).toBeGreaterThanOrEqual(1);
    const detailed = await callsOf(server, () =>
      query(`{ territory(type: REGION, code: "53") { jobSeekers(occupation: "M1805") {
        categories { category count characteristics { kind typeCode code label count share masked } } } } }`),
    );
    expect(detailed.result.errors).toBeUndefined();
    // Another upstream answer: the one with characteristics.
    expect(detailed.marche).toBe(1);
    const abc = detailed.result.data.territory.jobSeekers[0].categories.find((c: any) => c.category === 'ABC');
    const gender = abc.characteristics.filter((c: any) => c.kind === 'GENDER');
    expect(gender.map((c: any) => c.code).sort()).toEqual(['F', 'H']);
    expect(gender.reduce((sum: number, c: any) => sum + c.count, 0)).toBe(abc.count);
    expect(plain.result.data.territory.jobSeekers[0].categories[5].count).toBe(abc.count);
  });

  test('a range of quarters on demand, latest first', async () => {
    const { data, errors } = await query(`{ territory(type: DEPARTEMENT, code: "35") {
      hires(occupation: "M1805", periods: { from: "2024T3", to: "2025T2" }) { period { code } durations { duration count } }
      dynamism(periods: { from: "2025T1" }) { period { code label } employmentChangeRate } } }`);
    expect(errors).toBeUndefined();
    expect(data.territory.hires.map((h: any) => h.period.code)).toEqual(['2025T2', '2025T1', '2024T4', '2024T3']);
    expect(data.territory.dynamism.map((d: any) => d.period.code)).toEqual(['2025T4', '2025T3', '2025T2', '2025T1']);
    expect(data.territory.dynamism[0].period.label).toBe('4ème trimestre 2025');
  });

  test('tension years on demand: every published year, or a range of years', async () => {
    const { data, errors } = await query(`{
      territory(type: DEPARTEMENT, code: "35") {
        all: tensions(occupation: "M1805") { year period { kind code } level }
        none: tensions(occupation: "M1805", periods: { from: "2020" }) { year }
        unpublished: tensions(occupation: "A9999") { year }
      }
      occupation(code: "M1805") { tensions(territory: { type: DEPARTEMENT, code: "35" }, periods: { from: "2019", to: "2019" }) { year } }
    }`);
    expect(errors).toBeUndefined();
    expect(data.territory.all).toEqual([
      { year: 2019, period: { kind: 'YEAR', code: '2019' }, level: expect.any(Number) },
    ]);
    expect(data.territory.none).toEqual([]);
    expect(data.territory.unpublished).toBeNull();
    expect(data.occupation.tensions).toEqual([{ year: 2019 }]);
    const quarter = await query(
      '{ territory(type: DEPARTEMENT, code: "35") { tensions(occupation: "M1805", periods: { from: "2019T1" }) { year } } }',
    );
    expect(quarter.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  test('occupations and appellations carry the same figures as the territory', async () => {
    const { data, errors } = await query(`{
      occupation(code: "M1805") {
        registeredOffers(territory: { type: DEPARTEMENT, code: "35" }) { origins { origin count } }
        salary(territory: { type: REGION, code: "53" }) { entry average experienced }
        appellations { code newRegistrations(territory: { type: DEPARTEMENT, code: "35" }) { categories { category count } } }
      }
      territory(type: DEPARTEMENT, code: "35") { registeredOffers(occupation: "M1805") { origins { origin count } } }
    }`);
    expect(errors).toBeUndefined();
    expect(data.occupation.registeredOffers).toEqual(data.territory.registeredOffers);
    expect(data.occupation.registeredOffers[0].origins.map((o: any) => o.origin)).toEqual([
      'FRANCE_TRAVAIL',
      'PARTNERS',
      'ALL',
    ]);
    expect(data.occupation.salary.entry).toBeLessThan(data.occupation.salary.average);
    const [first, second] = data.occupation.appellations;
    expect(first.newRegistrations).toEqual(second.newRegistrations);
  });

  test('a commune is answered with its département’s figures', async () => {
    const { data, errors } = await query(`{ territory(type: COMMUNE, code: "35238") {
      newRegistrations(occupation: "M1805") { territory { type code } } } }`);
    expect(errors).toBeUndefined();
    expect(data.territory.newRegistrations[0].territory).toEqual({ type: 'DEPARTEMENT', code: '35' });
  });

  test('bassins d’emploi: a territory level with its départements and tension', async () => {
    const { data, errors } = await query(`{
      territory(type: BASSIN, code: "5313") { id name region { code } departements { code } tension(occupation: "M1805") { year level } }
      rennesArea: territory(type: BASSIN, code: "5314") { tension(occupation: "M1805") { year level }
        jobSeekers(occupation: "M1805") { territory { type code } } }
      rennes: territory(type: DEPARTEMENT, code: "35") { bassins { code name } }
    }`);
    expect(errors).toBeUndefined();
    expect(data.territory).toMatchObject({ id: 'BASSIN:5313', name: 'REDON', region: { code: '53' } });
    expect(data.territory.departements.map((d: any) => d.code)).toEqual(['35', '44', '56']);
    // Mobiville has no 2020 figure for M1805 around Redon: no figure, no error.
    expect(data.territory.tension).toBeNull();
    expect(data.rennesArea.tension).toEqual({ year: 2020, level: 5 });
    expect(data.rennesArea.jobSeekers[0].territory).toEqual({ type: 'BASSIN', code: '5314' });
    expect(data.rennes.bassins.map((b: any) => b.name)).toContain('RENNES');
  });

  test('no figure is a null value, without an error', async () => {
    const { data, errors } = await query(`{ territory(type: DEPARTEMENT, code: "35") {
      jobSeekers(occupation: "A9999") { period { code } } tension(occupation: "A9999") { level }
      salaries(occupations: ["A9999"]) { entry } } }`);
    expect(errors).toBeUndefined();
    expect(data.territory).toEqual({ jobSeekers: null, tension: null, salaries: [] });
  });

  test.each([
    [
      'a malformed period',
      '{ territory(type: DEPARTEMENT, code: "35") { hires(periods: { from: "2024" }) { period { code } } } }',
    ],
    [
      'a range that ends before it starts',
      '{ territory(type: DEPARTEMENT, code: "35") { hires(periods: { from: "2025T1", to: "2024T1" }) { period { code } } } }',
    ],
    [
      'a malformed ROME code',
      '{ territory(type: DEPARTEMENT, code: "35") { hires(occupation: "dev") { period { code } } } }',
    ],
    ['a malformed bassin code', '{ territory(type: BASSIN, code: "35") { name } }'],
    [
      'dynamism of a bassin (not published there)',
      '{ territory(type: BASSIN, code: "5314") { dynamism { employmentChangeRate } } }',
    ],
    [
      'salaries of a bassin (not published there)',
      '{ occupation(code: "M1805") { salary(territory: { type: BASSIN, code: "5314" }) { average } } }',
    ],
    ['territories of the commune level', '{ marketTerritories(type: COMMUNE) { code } }'],
  ])('%s is BAD_USER_INPUT, and no figure is asked', async (_case, text) => {
    // The catalogue the check reads is a referential: load it first so that only figure calls are counted.
    await query('{ marketIndicators { indicator } }');
    const { result, marche } = await callsOf(server, () => query(text));
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(marche).toBe(0);
  });

  test('referentials: levels, territories, occupations, nomenclatures, periods and the catalogue', async () => {
    const { data, errors } = await query(`{
      marketTerritoryLevels { code label type }
      marketTerritories(type: BASSIN) { code name }
      marketActivities { code label }
      marketNomenclature(nomenclature: HIRE_DURATION) { code label }
      marketPeriods(kind: QUARTER) { code year quarter }
      marketIndicators { indicator territoryTypes byOccupation allOccupations periodKinds nomenclatureCodes }
    }`);
    expect(errors).toBeUndefined();
    expect(data.marketTerritoryLevels.find((l: any) => l.code === 'BASBMO').type).toBe('BASSIN');
    expect(data.marketTerritories.length).toBeGreaterThan(300);
    expect(data.marketActivities.map((a: any) => a.code)).toContain('M1805');
    expect(data.marketNomenclature.map((n: any) => n.code)).toContain('ABCDE-SUP1M');
    expect(data.marketPeriods.at(-1)).toEqual({ code: '2025T4', year: 2025, quarter: 4 });
    const tension = data.marketIndicators.find((i: any) => i.indicator === 'PERSP_2');
    expect(tension).toMatchObject({ byOccupation: true, allOccupations: false, periodKinds: ['YEAR'] });
    expect(tension.territoryTypes).toContain('BASSIN');
  });
});
