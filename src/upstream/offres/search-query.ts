import { buildQuery, type QueryValue } from '../core/query-string';
import type { TerritoryKey, TerritoryLevel } from '../territory';
import type { OffresSearchCriteria } from './dto';

export interface OffresRange {
  start: number;
  end: number;
}

/** Sorted, de-duplicated, blanks dropped: the same set of codes is the same search (and the same cache entry). */
function normalisedList(values: readonly string[] | undefined): string[] | undefined {
  if (!values) return undefined;
  const list = [...new Set(values.map((value) => value.trim()).filter((value) => value !== ''))].sort();
  return list.length > 0 ? list : undefined;
}

/** The codes of one level; the nation restricts nothing, so it has no parameter. */
function codesAt(territories: readonly TerritoryKey[] | undefined, level: TerritoryLevel): string[] | undefined {
  return territories?.filter((territory) => territory.level === level).map((territory) => territory.code);
}

/**
 * The query string of `GET /v2/offres/search`, in a canonical form: fixed parameter order, normalised lists.
 * It doubles as the cache key, so two equivalent criteria objects share one upstream call.
 */
export function buildSearchQuery(criteria: OffresSearchCriteria, range: OffresRange): string {
  const params: Array<readonly [string, QueryValue]> = [
    ['range', `${range.start}-${range.end}`],
    ['codeROME', normalisedList(criteria.codeROME)],
    ['appellation', criteria.appellation?.trim() || undefined],
    ['departement', normalisedList(codesAt(criteria.territories, 'DEPARTEMENT'))],
    ['commune', normalisedList(codesAt(criteria.territories, 'COMMUNE'))],
    ['distance', criteria.distance],
    ['region', normalisedList(codesAt(criteria.territories, 'REGION'))],
    ['typeContrat', normalisedList(criteria.typeContrat)],
    ['tempsPlein', criteria.tempsPlein],
    ['motsCles', normalisedList(criteria.motsCles)],
    ['publieeDepuis', criteria.publieeDepuis],
    ['sort', criteria.sort],
  ];
  return buildQuery(params);
}
