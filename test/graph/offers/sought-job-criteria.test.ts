import { soughtJobSearch } from '../../../src/graph/offers/sought-job-criteria';
import type { SoughtJobReference } from '../../../src/graph/offers/sought-job.types';
import { TerritoryType } from '../../../src/graph/territory/territory-type';

const at =
  (level: TerritoryType) =>
  (...codes: string[]) =>
    codes.map((code) => ({ level, code }));
const communes = at(TerritoryType.COMMUNE);
const departements = at(TerritoryType.DEPARTEMENT);
const regions = at(TerritoryType.REGION);

type Place = [TerritoryType | null, string, number?];

function job(places: Place[], overrides: Partial<SoughtJobReference> = {}): SoughtJobReference {
  return {
    id: '1:14153',
    appellationCode: '14153',
    occupationCode: 'M1805',
    contractTypes: [],
    workingTimes: [],
    mobilities: places.map(([kind, code, radiusKm]) => ({ place: { kind, code }, radiusKm: radiusKm ?? null })),
    ...overrides,
  };
}

const { COMMUNE, DEPARTEMENT, REGION, NATION } = TerritoryType;

describe('the offers search of a sought job', () => {
  it('searches communes with the widest radius', () => {
    const { criteria, area } = soughtJobSearch(
      job([
        [COMMUNE, '35238', 10],
        [COMMUNE, '44109', 30],
      ]),
    );
    expect(criteria).toEqual({ territories: communes('35238', '44109'), distance: 30 });
    expect(area).toEqual({
      territories: [{ id: 'COMMUNE:35238' }, { id: 'COMMUNE:44109' }],
      distanceKm: 30,
      widened: false,
    });
  });

  it('leaves the distance to France Travail when no radius is given', () => {
    expect(soughtJobSearch(job([[COMMUNE, '35238']])).criteria).toEqual({ territories: communes('35238') });
  });

  it('widens communes mixed with départements to their départements', () => {
    const { criteria, area } = soughtJobSearch(
      job([
        [COMMUNE, '35238', 10],
        [DEPARTEMENT, '44'],
      ]),
    );
    expect(criteria).toEqual({ territories: departements('35', '44') });
    expect(area.widened).toBe(true);
  });

  it('searches départements as given', () => {
    const { criteria, area } = soughtJobSearch(
      job([
        [DEPARTEMENT, '35'],
        [DEPARTEMENT, '22'],
      ]),
    );
    expect(criteria).toEqual({ territories: departements('35', '22') });
    expect(area.widened).toBe(false);
  });

  it('widens to the région holding every place, when there is one', () => {
    expect(
      soughtJobSearch(
        job([
          [REGION, '53'],
          [DEPARTEMENT, '35'],
        ]),
      ).criteria,
    ).toEqual({ territories: regions('53') });
    const six = ['22', '29', '35', '56', '44', '85'].map((code): Place => [DEPARTEMENT, code]);
    // Six départements over two régions: nothing smaller than the country holds them.
    expect(soughtJobSearch(job(six))).toEqual({
      criteria: {},
      area: { territories: [], distanceKm: null, widened: true },
    });
    expect(soughtJobSearch(job([[REGION, '52']]))).toEqual({
      criteria: { territories: regions('52') },
      area: { territories: [{ id: 'REGION:52' }], distanceKm: null, widened: false },
    });
  });

  it('searches the whole country without places, or with the nation', () => {
    expect(soughtJobSearch(job([])).criteria).toEqual({});
    expect(soughtJobSearch(job([[NATION, 'FR']])).area).toEqual({ territories: [], distanceKm: null, widened: false });
    expect(soughtJobSearch(job([[null, '99999']])).area.widened).toBe(true);
  });

  it('asks for the wished contract types, and for a working time only when every wish agrees', () => {
    const contracts = { contractTypes: [{ code: 'CDI' }, { code: 'cdd' }, { code: 'CDI' }, { code: '??' }] };
    expect(soughtJobSearch(job([], contracts)).criteria).toEqual({ typeContrat: ['CDI', 'CDD'] });
    expect(soughtJobSearch(job([], { workingTimes: [{ fullTime: true }] })).criteria).toEqual({ tempsPlein: true });
    expect(soughtJobSearch(job([], { workingTimes: [{ fullTime: false }] })).criteria).toEqual({ tempsPlein: false });
    expect(soughtJobSearch(job([], { workingTimes: [{ fullTime: true }, { fullTime: false }] })).criteria).toEqual({});
    expect(soughtJobSearch(job([], { workingTimes: [{ fullTime: null }] })).criteria).toEqual({});
  });
});
