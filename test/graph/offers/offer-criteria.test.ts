import 'reflect-metadata';
import { GraphQLError } from 'graphql';
import { criteriaForTerritory, criteriaFromFilter } from '../../../src/graph/offers/offer-criteria';
import { TerritoryType } from '../../../src/graph/territory/territory-type';
import {
  BroadDomain,
  ExperienceLevel,
  OfferSort,
  PartnerSelectionMode,
  QualificationLevel,
  SalaryPeriod,
  WorkingTime,
} from '../../../src/graph/offers/offer-filter.input';
import { ExperienceRequirement, OfferOriginSource } from '../../../src/graph/offers/offer.types';
import { buildSearchQuery } from '../../../src/upstream/offres/search-query';

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
      criteriaFromFilter({ departement: '35', departements: ['2a', '35', '974'], region: '53', commune: '35238' })
        .criteria,
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
      }).criteria,
    ).toEqual({
      codeROME: ['M1805', 'M1811'],
      typeContrat: ['CDI', 'CDD'],
      motsCles: ['java', 'sql'],
      publieeDepuis: 7,
    });
    expect(refusal(() => criteriaFromFilter({ contractTypes: ['C-D-I'] })).message).toBe(
      '"C-D-I" is not a valid contract type code.',
    );
    expect(refusal(() => criteriaFromFilter({ keywords: ['a'] })).extensions).toMatchObject({
      argumentName: 'filter.keywords',
    });
    expect(refusal(() => criteriaFromFilter({ publishedWithinDays: 2 })).extensions).toMatchObject({
      argumentName: 'filter.publishedWithinDays',
    });
  });

  test('a radius needs a commune and stays within 0–200 km', () => {
    expect(criteriaFromFilter({ commune: '35238', distanceKm: 0 }).criteria.distance).toBe(0);
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

describe('offer filter → Offres v2 search parameters', () => {
  it('sends every criterion under its upstream name and format', () => {
    const { criteria, referentialChecks } = criteriaFromFilter({
      keywords: ['data', 'python'],
      romeCodes: ['m1805'],
      appellationCode: '38444',
      domainCode: 'm18',
      broadDomain: BroadDomain.M18,
      themeCode: '001',
      nafCodes: ['62.02A'],
      sectorCodes: ['62'],
      communes: ['35238'],
      distanceKm: 20,
      departements: ['35', '22'],
      includeNeighbouringDepartements: true,
      region: '53',
      countryOrContinentCode: '01',
      contractTypes: ['cdi', 'CDD'],
      contractNatures: ['E2'],
      experience: ExperienceLevel.ONE_TO_THREE_YEARS,
      experienceRequirement: ExperienceRequirement.BEGINNER_ACCEPTED,
      qualification: QualificationLevel.MANAGERIAL,
      workingTime: WorkingTime.PART_TIME,
      fullTime: false,
      weeklyHours: { min: 24, max: 35.5 },
      contractDurationMonths: { min: 3, max: 12 },
      trainingLevelCode: 'nv3',
      drivingLicenceCode: 'B',
      minimumSalary: { amount: 2000, period: SalaryPeriod.MONTHLY },
      publishedWithinDays: 7,
      createdAfter: '2026-06-01',
      createdBefore: '2026-06-10T12:30:00+02:00',
      origin: OfferOriginSource.PARTNER,
      partners: { codes: ['LABONNEALTERNANCE'], mode: PartnerSelectionMode.EXCLUDE },
      openToDisabledWorkers: true,
      adaptedCompanies: false,
      disabilityCommittedEmployers: true,
      simulationRecruitment: false,
      lackingCandidates: true,
      sort: OfferSort.NEWEST,
    });
    expect(buildSearchQuery(criteria, { start: 0, end: 49 }).split('&')).toEqual([
      'range=0-49',
      'motsCles=data,python',
      'codeROME=M1805',
      'appellation=38444',
      'domaine=M18',
      'grandDomaine=M18',
      'theme=001',
      'codeNAF=62.02A',
      'secteurActivite=62',
      'commune=35238',
      'distance=20',
      'departement=22,35',
      'inclureLimitrophes=true',
      'region=53',
      'paysContinent=01',
      'typeContrat=CDD,CDI',
      'natureContrat=E2',
      'experience=2',
      'experienceExigence=D',
      'qualification=9',
      'tempsPlein=false',
      'dureeHebdo=2',
      'dureeHebdoMin=2400',
      'dureeHebdoMax=3530',
      'dureeContratMin=3',
      'dureeContratMax=12',
      'niveauFormation=NV3',
      'permis=B',
      'salaireMin=2000',
      'periodeSalaire=M',
      'publieeDepuis=7',
      'minCreationDate=2026-06-01T00%3A00%3A00Z',
      'maxCreationDate=2026-06-10T10%3A30%3A00Z',
      'origineOffre=2',
      'accesTravailleurHandicape=true',
      'entreprisesAdaptees=false',
      'employeursHandiEngages=true',
      'offresMRS=false',
      'offresManqueCandidats=true',
      'partenaires=LABONNEALTERNANCE',
      'modeSelectionPartenaires=EXCLU',
      'sort=1',
    ]);
    expect(referentialChecks.map((check) => check.lists.join('|')).sort()).toEqual(
      [
        'appellations',
        'domaines',
        'themes',
        'nafs',
        'secteursActivites',
        'pays|continents',
        'typesContrats',
        'naturesContrats',
        'niveauxFormations',
        'permis',
      ].sort(),
    );
  });

  it('an empty filter is an unfiltered search', () => {
    expect(criteriaFromFilter({})).toEqual({ criteria: {}, referentialChecks: [] });
  });
});
