import type { OffresSearchCriteria, TerritoryKey } from '../../upstream';
import { badUserInput } from '../shared/errors';
import { assertIntInRange, assertRomeCode } from '../shared/validation';
import { territoryArgument, territoryKey } from '../territory/territory-argument';
import type { TerritoryInput } from '../territory/territory.input';
import { TerritoryType } from '../territory/territory-type';
import type { OfferFilter } from './offer-filter.input';

const CONTRACT_TYPE = /^[A-Z]{2,4}$/;
const PUBLISHED_WITHIN = [1, 3, 7, 14, 31] as const;

/** Validates a filter and turns it into Offres v2 search criteria; throws BAD_USER_INPUT before any upstream call. */
export function criteriaFromFilter(filter: OfferFilter): OffresSearchCriteria {
  const criteria: OffresSearchCriteria = {};
  if (filter.romeCodes?.length) {
    if (filter.romeCodes.length > 200)
      throw badUserInput(`At most 200 ROME codes per search; got ${filter.romeCodes.length}.`, 'filter.romeCodes');
    criteria.codeROME = unique(filter.romeCodes.map((code) => assertRomeCode(code, 'filter.romeCodes')));
  }
  const territories: TerritoryKey[] = [];
  const departements = [
    ...(filter.departement ? [[filter.departement, 'filter.departement'] as const] : []),
    ...(filter.departements ?? []).map((code) => [code, 'filter.departements'] as const),
  ];
  if (departements.length > 5)
    throw badUserInput(`At most 5 départements per search; got ${departements.length}.`, 'filter.departements');
  for (const [code, argument] of departements)
    territories.push(filterTerritory(TerritoryType.DEPARTEMENT, code, argument));
  if (filter.region) territories.push(filterTerritory(TerritoryType.REGION, filter.region, 'filter.region'));
  if (filter.commune) territories.push(filterTerritory(TerritoryType.COMMUNE, filter.commune, 'filter.commune'));
  if (territories.length) criteria.territories = uniqueTerritories(territories);
  if (filter.distanceKm !== undefined && filter.distanceKm !== null) {
    if (!filter.commune) throw badUserInput('"distanceKm" only applies together with "commune".', 'filter.distanceKm');
    criteria.distance = assertIntInRange(filter.distanceKm, 0, 200, 'filter.distanceKm');
  }
  if (filter.contractTypes?.length) {
    criteria.typeContrat = unique(filter.contractTypes.map((type) => contractType(type)));
  }
  if (filter.keywords?.length) {
    const keywords = filter.keywords.map((word) => word.trim());
    if (keywords.length > 7 || keywords.some((word) => word.length < 2)) {
      throw badUserInput('"keywords" takes at most 7 keywords of at least 2 characters each.', 'filter.keywords');
    }
    criteria.motsCles = keywords;
  }
  if (filter.publishedWithinDays !== undefined && filter.publishedWithinDays !== null) {
    const days = filter.publishedWithinDays as (typeof PUBLISHED_WITHIN)[number];
    if (!PUBLISHED_WITHIN.includes(days))
      throw badUserInput('"publishedWithinDays" must be 1, 3, 7, 14 or 31.', 'filter.publishedWithinDays');
    criteria.publieeDepuis = days;
  }
  return criteria;
}

/** Offres v2 criteria restricting a search to one territory (the nation restricts nothing). */
export function criteriaForTerritory(territory: TerritoryInput | undefined | null): OffresSearchCriteria {
  if (!territory) return {};
  if (territory.type === TerritoryType.BASSIN)
    throw badUserInput("Offers are not searchable by bassin d'emploi: use its départements.", 'territory.type');
  return { territories: [territoryKey(territoryArgument(territory, 'territory'))] };
}

function filterTerritory(type: TerritoryType, code: string, argument: string): TerritoryKey {
  return territoryKey(territoryArgument({ type, code }, argument));
}

function uniqueTerritories(territories: TerritoryKey[]): TerritoryKey[] {
  const byId = new Map(territories.map((territory) => [`${territory.level}:${territory.code}`, territory]));
  return [...byId.values()];
}

function contractType(type: string): string {
  const code = type.trim().toUpperCase();
  if (!CONTRACT_TYPE.test(code)) throw badUserInput(`"${type}" is not a contract type code.`, 'filter.contractTypes');
  return code;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
