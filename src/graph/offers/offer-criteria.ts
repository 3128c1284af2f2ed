import type { OffresReferentialName, OffresSearchCriteria, TerritoryKey } from '../../upstream';
import { badUserInput } from '../shared/errors';
import { assertAppellationCode, assertIntInRange, assertRomeCode } from '../shared/validation';
import { territoryArgument, territoryKey } from '../territory/territory-argument';
import type { TerritoryInput } from '../territory/territory.input';
import { TerritoryType } from '../territory/territory-type';
import {
  ExperienceLevel,
  type NumberRange,
  type OfferFilter,
  OfferSort,
  PartnerSelectionMode,
  QualificationLevel,
  SalaryPeriod,
  WorkingTime,
} from './offer-filter.input';
import { ExperienceRequirement, OfferOriginSource } from './offer.types';

const CONTRACT_TYPE = /^[A-Z]{2,4}$/;
const CONTRACT_NATURE = /^[A-Z0-9]{2}$/;
const DOMAIN = /^[A-N]\d{2}$/;
const SHORT_CODE = /^[A-Z0-9]{1,4}$/;
const NAF = /^\d{2}\.\d{2}[A-Z]$/;
const SECTOR = /^\d{2}$/;
const COUNTRY_OR_CONTINENT = /^\d{2,5}$/;
const PARTNER = /^[A-Z0-9_ '-]{2,60}$/;
const KEYWORD = /^[\p{L}0-9 @#$%^&+./"-]+$/u;
const PUBLISHED_WITHIN = [1, 3, 7, 14, 31] as const;

/** A code the search takes from an Offres referential: its syntax is checked at once, its existence on the list. */
export interface ReferentialCheck {
  lists: OffresReferentialName[];
  codes: string[];
  argument: string;
  what: string;
}

export interface ValidatedSearch {
  criteria: OffresSearchCriteria;
  /** Codes still to find on their referential (one whole-list call per list and cache lifetime). */
  referentialChecks: ReferentialCheck[];
}

const EXPERIENCE: Record<ExperienceLevel, OffresSearchCriteria['experience']> = {
  [ExperienceLevel.UNSPECIFIED]: '0',
  [ExperienceLevel.LESS_THAN_ONE_YEAR]: '1',
  [ExperienceLevel.ONE_TO_THREE_YEARS]: '2',
  [ExperienceLevel.MORE_THAN_THREE_YEARS]: '3',
};
const EXPERIENCE_REQUIREMENT: Record<ExperienceRequirement, OffresSearchCriteria['experienceExigence']> = {
  [ExperienceRequirement.BEGINNER_ACCEPTED]: 'D',
  [ExperienceRequirement.DESIRED]: 'S',
  [ExperienceRequirement.REQUIRED]: 'E',
};
const WORKING_TIME: Record<WorkingTime, OffresSearchCriteria['dureeHebdo']> = {
  [WorkingTime.UNSPECIFIED]: '0',
  [WorkingTime.FULL_TIME]: '1',
  [WorkingTime.PART_TIME]: '2',
};
const SALARY_PERIOD: Record<SalaryPeriod, OffresSearchCriteria['periodeSalaire']> = {
  [SalaryPeriod.MONTHLY]: 'M',
  [SalaryPeriod.YEARLY]: 'A',
  [SalaryPeriod.HOURLY]: 'H',
  [SalaryPeriod.PER_ENGAGEMENT]: 'C',
};
const SORT: Record<OfferSort, OffresSearchCriteria['sort']> = {
  [OfferSort.RELEVANCE]: 0,
  [OfferSort.NEWEST]: 1,
  [OfferSort.DISTANCE]: 2,
};

/**
 * Validates a filter and turns it into Offres v2 search criteria. Everything checkable without a call is checked
 * here (BAD_USER_INPUT before any upstream call); codes that must exist on a referential are returned as checks.
 */
export function criteriaFromFilter(filter: OfferFilter): ValidatedSearch {
  const criteria: OffresSearchCriteria = {};
  const checks: ReferentialCheck[] = [];
  const f = filter;

  if (f.keywords?.length) {
    const keywords = f.keywords.map((word) => word.trim());
    if (keywords.length > 7 || keywords.some((word) => word.length < 2 || !KEYWORD.test(word))) {
      throw badUserInput(
        '"keywords" takes at most 7 keywords of at least 2 characters each (letters, digits, spaces and @#$%^&+./-").',
        'filter.keywords',
      );
    }
    criteria.motsCles = keywords;
  }
  if (f.romeCodes?.length) {
    if (f.romeCodes.length > 200)
      throw badUserInput(`At most 200 ROME codes per search; got ${f.romeCodes.length}.`, 'filter.romeCodes');
    criteria.codeROME = unique(f.romeCodes.map((code) => assertRomeCode(code, 'filter.romeCodes')));
  }
  if (f.appellationCode != null) {
    criteria.appellation = assertAppellationCode(f.appellationCode.trim(), 'filter.appellationCode');
    checks.push(check(['appellations'], [criteria.appellation], 'filter.appellationCode', 'ROME appellation'));
  }
  if (f.domainCode != null) {
    criteria.domaine = coded(f.domainCode, DOMAIN, 'professional domain', 'filter.domainCode');
    checks.push(check(['domaines'], [criteria.domaine], 'filter.domainCode', 'professional domain'));
  }
  if (f.broadDomain != null) criteria.grandDomaine = f.broadDomain;
  if (f.themeCode != null) {
    criteria.theme = coded(f.themeCode, SHORT_CODE, 'theme', 'filter.themeCode');
    checks.push(check(['themes'], [criteria.theme], 'filter.themeCode', 'theme'));
  }
  if (f.nafCodes?.length) {
    criteria.codeNAF = codes(f.nafCodes, { max: 2, pattern: NAF, what: 'NAF code', argument: 'filter.nafCodes' });
    checks.push(check(['nafs'], criteria.codeNAF, 'filter.nafCodes', 'NAF code'));
  }
  if (f.sectorCodes?.length) {
    criteria.secteurActivite = codes(f.sectorCodes, {
      max: 2,
      pattern: SECTOR,
      what: 'activity sector',
      argument: 'filter.sectorCodes',
    });
    checks.push(check(['secteursActivites'], criteria.secteurActivite, 'filter.sectorCodes', 'activity sector'));
  }

  addLocation(f, criteria);

  if (f.countryOrContinentCode != null) {
    criteria.paysContinent = coded(
      f.countryOrContinentCode,
      COUNTRY_OR_CONTINENT,
      'country or continent',
      'filter.countryOrContinentCode',
    );
    checks.push(
      check(['pays', 'continents'], [criteria.paysContinent], 'filter.countryOrContinentCode', 'country or continent'),
    );
  }
  if (f.contractTypes?.length) {
    criteria.typeContrat = codes(f.contractTypes, {
      pattern: CONTRACT_TYPE,
      what: 'contract type',
      argument: 'filter.contractTypes',
    });
    if (criteria.typeContrat.includes('DDT'))
      throw badUserInput('France Travail does not search on contract type "DDT".', 'filter.contractTypes');
    checks.push(check(['typesContrats'], criteria.typeContrat, 'filter.contractTypes', 'contract type'));
  }
  if (f.contractNatures?.length) {
    criteria.natureContrat = codes(f.contractNatures, {
      pattern: CONTRACT_NATURE,
      what: 'contract nature',
      argument: 'filter.contractNatures',
    });
    checks.push(check(['naturesContrats'], criteria.natureContrat, 'filter.contractNatures', 'contract nature'));
  }
  if (f.experience != null) criteria.experience = EXPERIENCE[f.experience];
  if (f.experienceRequirement != null) criteria.experienceExigence = EXPERIENCE_REQUIREMENT[f.experienceRequirement];
  if (f.qualification != null) criteria.qualification = f.qualification === QualificationLevel.MANAGERIAL ? '9' : '0';
  if (f.workingTime != null) criteria.dureeHebdo = WORKING_TIME[f.workingTime];
  if (f.fullTime != null) criteria.tempsPlein = f.fullTime;
  if (f.weeklyHours) {
    const { min, max } = range(f.weeklyHours, { min: 0, max: 99, argument: 'filter.weeklyHours' });
    if (min !== undefined) criteria.dureeHebdoMin = hhmm(min);
    if (max !== undefined) criteria.dureeHebdoMax = hhmm(max);
  }
  if (f.contractDurationMonths) {
    const { min, max } = range(f.contractDurationMonths, {
      min: 0,
      max: 99,
      argument: 'filter.contractDurationMonths',
    });
    if (min !== undefined) criteria.dureeContratMin = min;
    if (max !== undefined) criteria.dureeContratMax = max;
  }
  if (f.trainingLevelCode != null) {
    criteria.niveauFormation = coded(f.trainingLevelCode, SHORT_CODE, 'training level', 'filter.trainingLevelCode');
    checks.push(check(['niveauxFormations'], [criteria.niveauFormation], 'filter.trainingLevelCode', 'training level'));
  }
  if (f.drivingLicenceCode != null) {
    criteria.permis = coded(f.drivingLicenceCode, SHORT_CODE, 'driving licence', 'filter.drivingLicenceCode');
    checks.push(check(['permis'], [criteria.permis], 'filter.drivingLicenceCode', 'driving licence'));
  }
  if (f.minimumSalary) {
    const { amount, period } = f.minimumSalary;
    if (!Number.isFinite(amount) || amount <= 0 || amount > 10_000_000)
      throw badUserInput('"minimumSalary.amount" must be a positive amount in euros.', 'filter.minimumSalary.amount');
    criteria.salaireMin = Math.round(amount * 100) / 100;
    criteria.periodeSalaire = SALARY_PERIOD[period];
  }
  if (f.publishedWithinDays != null) {
    const days = f.publishedWithinDays as (typeof PUBLISHED_WITHIN)[number];
    if (!PUBLISHED_WITHIN.includes(days))
      throw badUserInput('"publishedWithinDays" must be 1, 3, 7, 14 or 31.', 'filter.publishedWithinDays');
    criteria.publieeDepuis = days;
  }
  if (f.createdAfter != null) criteria.minCreationDate = upstreamDateTime(f.createdAfter, 'filter.createdAfter');
  if (f.createdBefore != null) criteria.maxCreationDate = upstreamDateTime(f.createdBefore, 'filter.createdBefore');
  if (criteria.minCreationDate && criteria.maxCreationDate && criteria.minCreationDate > criteria.maxCreationDate)
    throw badUserInput('"createdAfter" must not be later than "createdBefore".', 'filter.createdAfter');
  if (f.origin != null) criteria.origineOffre = f.origin === OfferOriginSource.PARTNER ? 2 : 1;
  if (f.partners) {
    if (f.partners.codes.length === 0)
      throw badUserInput('"partners.codes" needs at least one partner code.', 'filter.partners.codes');
    criteria.partenaires = codes(f.partners.codes, {
      max: 50,
      pattern: PARTNER,
      what: 'partner code',
      argument: 'filter.partners.codes',
    });
    criteria.modeSelectionPartenaires = f.partners.mode === PartnerSelectionMode.EXCLUDE ? 'EXCLU' : 'INCLUS';
  }
  if (f.openToDisabledWorkers != null) criteria.accesTravailleurHandicape = f.openToDisabledWorkers;
  if (f.adaptedCompanies != null) criteria.entreprisesAdaptees = f.adaptedCompanies;
  if (f.disabilityCommittedEmployers != null) criteria.employeursHandiEngages = f.disabilityCommittedEmployers;
  if (f.simulationRecruitment != null) criteria.offresMRS = f.simulationRecruitment;
  if (f.lackingCandidates != null) criteria.offresManqueCandidats = f.lackingCandidates;
  if (f.sort != null) criteria.sort = SORT[f.sort];
  return { criteria, referentialChecks: checks };
}

/** Offres v2 criteria restricting a search to one territory (the nation restricts nothing). */
export function criteriaForTerritory(territory: TerritoryInput | undefined | null): OffresSearchCriteria {
  if (!territory) return {};
  if (territory.type === TerritoryType.BASSIN)
    throw badUserInput("Offers are not searchable by bassin d'emploi: use its départements.", 'territory.type');
  return { territories: [territoryKey(territoryArgument(territory, 'territory'))] };
}

/**
 * Communes, départements and région through the one territory check (malformed: BAD_USER_INPUT; unknown:
 * NOT_FOUND), handed to the client as territory keys.
 */
function addLocation(f: OfferFilter, criteria: OffresSearchCriteria): void {
  const named = (values: (string | undefined)[], field: string) =>
    values.filter((code): code is string => Boolean(code)).map((code) => [code, field] as const);
  const communes = [...named([f.commune], 'filter.commune'), ...named(f.communes ?? [], 'filter.communes')];
  if (communes.length > 5)
    throw badUserInput(`At most 5 communes per search; got ${communes.length}.`, 'filter.communes');
  const departements = [
    ...named([f.departement], 'filter.departement'),
    ...named(f.departements ?? [], 'filter.departements'),
  ];
  if (departements.length > 5)
    throw badUserInput(`At most 5 départements per search; got ${departements.length}.`, 'filter.departements');
  const territories = [
    ...departements.map(([code, argument]) => filterTerritory(TerritoryType.DEPARTEMENT, code, argument)),
    ...(f.region ? [filterTerritory(TerritoryType.REGION, f.region, 'filter.region')] : []),
    ...communes.map(([code, argument]) => filterTerritory(TerritoryType.COMMUNE, code, argument)),
  ];
  if (territories.length) criteria.territories = uniqueTerritories(territories);
  if (f.distanceKm != null) {
    if (communes.length === 0)
      throw badUserInput('"distanceKm" only applies together with "commune" or "communes".', 'filter.distanceKm');
    criteria.distance = assertIntInRange(f.distanceKm, 0, 200, 'filter.distanceKm');
  }
  if (f.includeNeighbouringDepartements != null) {
    if (departements.length === 0)
      throw badUserInput(
        '"includeNeighbouringDepartements" only applies together with "departement(s)".',
        'filter.includeNeighbouringDepartements',
      );
    criteria.inclureLimitrophes = f.includeNeighbouringDepartements;
  }
}

function filterTerritory(type: TerritoryType, code: string, argument: string): TerritoryKey {
  return territoryKey(territoryArgument({ type, code }, argument));
}

function uniqueTerritories(territories: TerritoryKey[]): TerritoryKey[] {
  const byId = new Map(territories.map((territory) => [`${territory.level}:${territory.code}`, territory]));
  return [...byId.values()];
}

function check(lists: OffresReferentialName[], codes: string[], argument: string, what: string): ReferentialCheck {
  return { lists, codes, argument, what };
}

function coded(code: string, pattern: RegExp, what: string, argument: string): string {
  const canonical = code.trim().toUpperCase();
  if (!pattern.test(canonical)) throw badUserInput(`"${code}" is not a valid ${what} code.`, argument);
  return canonical;
}

function codes(values: string[], options: { max?: number; pattern: RegExp; what: string; argument: string }): string[] {
  if (options.max !== undefined && values.length > options.max)
    throw badUserInput(`At most ${options.max} ${options.what}s per search; got ${values.length}.`, options.argument);
  return unique(values.map((value) => coded(value, options.pattern, options.what, options.argument)));
}

function range(
  value: NumberRange,
  bounds: { min: number; max: number; argument: string },
): { min?: number; max?: number } {
  const { min, max } = value;
  for (const [name, bound] of [
    ['min', min],
    ['max', max],
  ] as const) {
    if (bound != null && (!Number.isFinite(bound) || bound < bounds.min || bound > bounds.max))
      throw badUserInput(
        `"${bounds.argument}.${name}" must be between ${bounds.min} and ${bounds.max}; got ${bound}.`,
        bounds.argument,
      );
  }
  if (min != null && max != null && min > max)
    throw badUserInput(`"${bounds.argument}": min must not exceed max.`, bounds.argument);
  return { min: min ?? undefined, max: max ?? undefined };
}

/** Hours as France Travail's HHMM: 35.5 → "3530". */
function hhmm(hours: number): string {
  const whole = Math.floor(hours);
  const minutes = Math.round((hours - whole) * 60);
  return minutes === 60 ? `${whole + 1}00` : `${whole}${String(minutes).padStart(2, '0')}`;
}

/** France Travail's `yyyy-MM-dd'T'hh:mm:ss'Z'`, from any ISO 8601 date or date-time. */
function upstreamDateTime(value: string, argument: string): string {
  const trimmed = value.trim();
  const time = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/.test(trimmed)
    ? Date.parse(trimmed)
    : Number.NaN;
  if (Number.isNaN(time))
    throw badUserInput(`"${value}" is not an ISO 8601 date or date-time, e.g. "2026-06-01T00:00:00Z".`, argument);
  return `${new Date(time).toISOString().slice(0, 19)}Z`;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
