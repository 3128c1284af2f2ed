import type { OffresSearchCriteria } from '../../upstream';
import { badUserInput } from '../shared/errors';
import { assertIntInRange, assertRomeCode } from '../shared/validation';
import { TerritoryInput, TerritoryType } from '../shared/territory-input';
import type { OfferFilter } from './offer-filter.input';

const DEPARTEMENT = /^(0[1-9]|[1-8]\d|9[0-5]|2[AB]|97[1-6])$/;
const REGION = /^\d{2}$/;
const COMMUNE = /^(\d{5}|2[AB]\d{3})$/;
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
  const departements = [...(filter.departement ? [filter.departement] : []), ...(filter.departements ?? [])];
  if (departements.length) {
    if (departements.length > 5)
      throw badUserInput(`At most 5 départements per search; got ${departements.length}.`, 'filter.departements');
    criteria.departement = unique(
      departements.map((code) => checked(code, DEPARTEMENT, 'département', 'filter.departement')),
    );
  }
  if (filter.region) criteria.region = checked(filter.region, REGION, 'région', 'filter.region');
  if (filter.commune) criteria.commune = [checked(filter.commune, COMMUNE, 'commune', 'filter.commune')];
  if (filter.distanceKm !== undefined && filter.distanceKm !== null) {
    if (!filter.commune) throw badUserInput('"distanceKm" only applies together with "commune".', 'filter.distanceKm');
    criteria.distance = assertIntInRange(filter.distanceKm, 0, 200, 'filter.distanceKm');
  }
  if (filter.contractTypes?.length) {
    criteria.typeContrat = unique(
      filter.contractTypes.map((type) =>
        checked(type.toUpperCase(), CONTRACT_TYPE, 'contract type', 'filter.contractTypes'),
      ),
    );
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

/** Offres v2 criteria restricting a search to one territory (the nation adds no criterion). */
export function criteriaForTerritory(territory: TerritoryInput | undefined | null): OffresSearchCriteria {
  if (!territory) return {};
  switch (territory.type) {
    case TerritoryType.NATION:
      if (territory.code !== 'FR') throw badUserInput('The nation\'s code is "FR".', 'territory.code');
      return {};
    case TerritoryType.REGION:
      return { region: checked(territory.code, REGION, 'région', 'territory.code') };
    case TerritoryType.DEPARTEMENT:
      return { departement: [checked(territory.code, DEPARTEMENT, 'département', 'territory.code')] };
    case TerritoryType.COMMUNE:
      return { commune: [checked(territory.code, COMMUNE, 'commune', 'territory.code')] };
    default:
      throw badUserInput(`Unknown territory type "${String(territory.type)}".`, 'territory.type');
  }
}

function checked(code: string, pattern: RegExp, what: string, argument: string): string {
  const trimmed = code.trim().toUpperCase();
  if (!pattern.test(trimmed)) throw badUserInput(`"${code}" is not a valid ${what} INSEE code.`, argument);
  return trimmed;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
