import { GraphQLError } from 'graphql';
import { criteriaForTerritory, criteriaFromFilter } from '../../../src/graph/offers/offer-criteria';
import { TerritoryType } from '../../../src/graph/territory/territory-type';

function refusal(run: () => unknown): { message: string; extensions: unknown } {
  try {
    run();
  } catch (error) {
    if (error instanceof GraphQLError) return { message: error.message, extensions: error.extensions };
    throw error;
  }
  throw new Error('expected a GraphQL error');
}

describe('criteriaFromFilter', () => {
  test('territories become neutral keys, canonical and de-duplicated', () => {
    expect(
      criteriaFromFilter({ departement: '35', departements: ['2a', '35', '974'], region: '53', commune: '35238' }),
    ).toEqual({
      territories: [
        { level: 'DEPARTEMENT', code: '35' },
        { level: 'DEPARTEMENT', code: '2A' },
        { level: 'DEPARTEMENT', code: '974' },
        { level: 'REGION', code: '53' },
        { level: 'COMMUNE', code: '35238' },
      ],
    });
  });

  test('every territory field goes through the territory validator', () => {
    expect(refusal(() => criteriaFromFilter({ departement: '20' })).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      argumentName: 'filter.departement',
    });
    expect(refusal(() => criteriaFromFilter({ departements: ['35', '20'] })).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      argumentName: 'filter.departements',
    });
    expect(refusal(() => criteriaFromFilter({ region: '5' })).extensions).toMatchObject({
      argumentName: 'filter.region',
    });
    expect(refusal(() => criteriaFromFilter({ commune: '35000' })).extensions).toMatchObject({
      argumentName: 'filter.commune',
    });
    expect(refusal(() => criteriaFromFilter({ commune: '35999' })).extensions).toEqual({ code: 'NOT_FOUND' });
  });

  test('at most 5 départements, counting `departement` and `departements` together', () => {
    expect(
      refusal(() => criteriaFromFilter({ departement: '01', departements: ['02', '03', '04', '05', '06'] })).message,
    ).toBe('At most 5 départements per search; got 6.');
  });

  test('ROME codes, contract types, keywords and publication window', () => {
    expect(
      criteriaFromFilter({
        romeCodes: ['m1805', 'M1805', 'M1811'],
        contractTypes: ['cdi', ' CDD'],
        keywords: [' java ', 'sql'],
        publishedWithinDays: 7,
      }),
    ).toEqual({
      codeROME: ['M1805', 'M1811'],
      typeContrat: ['CDI', 'CDD'],
      motsCles: ['java', 'sql'],
      publieeDepuis: 7,
    });
    expect(refusal(() => criteriaFromFilter({ contractTypes: ['C-D-I'] })).message).toBe(
      '"C-D-I" is not a contract type code.',
    );
    expect(refusal(() => criteriaFromFilter({ keywords: ['a'] })).extensions).toMatchObject({
      argumentName: 'filter.keywords',
    });
    expect(refusal(() => criteriaFromFilter({ publishedWithinDays: 2 })).extensions).toMatchObject({
      argumentName: 'filter.publishedWithinDays',
    });
  });

  test('a radius needs a commune and stays within 0–200 km', () => {
    expect(criteriaFromFilter({ commune: '35238', distanceKm: 0 }).distance).toBe(0);
    expect(refusal(() => criteriaFromFilter({ distanceKm: 10 })).extensions).toMatchObject({
      argumentName: 'filter.distanceKm',
    });
    expect(refusal(() => criteriaFromFilter({ commune: '35238', distanceKm: 201 })).extensions).toMatchObject({
      argumentName: 'filter.distanceKm',
    });
  });
});

describe('criteriaForTerritory', () => {
  test('no territory, no restriction; the nation is handed over and restricts nothing upstream', () => {
    expect(criteriaForTerritory(null)).toEqual({});
    expect(criteriaForTerritory({ type: TerritoryType.NATION, code: 'FR' })).toEqual({
      territories: [{ level: 'NATION', code: 'FR' }],
    });
  });

  test('the territory argument goes through the same validator', () => {
    expect(criteriaForTerritory({ type: TerritoryType.COMMUNE, code: '2a004' })).toEqual({
      territories: [{ level: 'COMMUNE', code: '2A004' }],
    });
    expect(refusal(() => criteriaForTerritory({ type: TerritoryType.DEPARTEMENT, code: '20' })).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      argumentName: 'territory',
    });
  });
});
