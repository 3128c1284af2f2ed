import { buildQuery, type QueryValue } from '../core/query-string';
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

/**
 * The query string of `GET /v2/offres/search`, in a canonical form: fixed parameter order, normalised lists.
 * It doubles as the cache key, so two equivalent criteria objects share one upstream call.
 */
export function buildSearchQuery(criteria: OffresSearchCriteria, range: OffresRange): string {
  const params: Array<readonly [string, QueryValue]> = [
    ['range', `${range.start}-${range.end}`],
    ['codeROME', normalisedList(criteria.codeROME)],
    ['appellation', criteria.appellation?.trim() || undefined],
    ['departement', normalisedList(criteria.departement)],
    ['commune', normalisedList(criteria.commune)],
    ['distance', criteria.distance],
    ['region', criteria.region?.trim()],
    ['typeContrat', normalisedList(criteria.typeContrat)],
    ['tempsPlein', criteria.tempsPlein],
    ['motsCles', normalisedList(criteria.motsCles)],
    ['publieeDepuis', criteria.publieeDepuis],
    ['sort', criteria.sort],
  ];
  return buildQuery(params);
}
