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
 * It doubles as the cache key, so two equivalent criteria objects share one upstream call. `dureeHebdo` is sent
 * without the trailing space its name has in the OpenAPI copy.
 */
export function buildSearchQuery(criteria: OffresSearchCriteria, range: OffresRange): string {
  const c = criteria;
  const params: Array<readonly [string, QueryValue]> = [
    ['range', `${range.start}-${range.end}`],
    ['motsCles', normalisedList(c.motsCles)],
    ['codeROME', normalisedList(c.codeROME)],
    ['appellation', c.appellation?.trim()],
    ['domaine', c.domaine?.trim()],
    ['grandDomaine', c.grandDomaine?.trim()],
    ['theme', c.theme?.trim()],
    ['codeNAF', normalisedList(c.codeNAF)],
    ['secteurActivite', normalisedList(c.secteurActivite)],
    ['commune', normalisedList(codesAt(c.territories, 'COMMUNE'))],
    ['distance', c.distance],
    ['departement', normalisedList(codesAt(c.territories, 'DEPARTEMENT'))],
    ['inclureLimitrophes', c.inclureLimitrophes],
    ['region', normalisedList(codesAt(c.territories, 'REGION'))],
    ['paysContinent', c.paysContinent?.trim()],
    ['typeContrat', normalisedList(c.typeContrat)],
    ['natureContrat', normalisedList(c.natureContrat)],
    ['experience', c.experience],
    ['experienceExigence', c.experienceExigence],
    ['qualification', c.qualification],
    ['tempsPlein', c.tempsPlein],
    ['dureeHebdo', c.dureeHebdo],
    ['dureeHebdoMin', c.dureeHebdoMin],
    ['dureeHebdoMax', c.dureeHebdoMax],
    ['dureeContratMin', c.dureeContratMin],
    ['dureeContratMax', c.dureeContratMax],
    ['niveauFormation', c.niveauFormation?.trim()],
    ['permis', c.permis?.trim()],
    ['salaireMin', c.salaireMin],
    ['periodeSalaire', c.periodeSalaire],
    ['publieeDepuis', c.publieeDepuis],
    ['minCreationDate', c.minCreationDate],
    ['maxCreationDate', c.maxCreationDate],
    ['origineOffre', c.origineOffre],
    ['accesTravailleurHandicape', c.accesTravailleurHandicape],
    ['entreprisesAdaptees', c.entreprisesAdaptees],
    ['employeursHandiEngages', c.employeursHandiEngages],
    ['offresMRS', c.offresMRS],
    ['offresManqueCandidats', c.offresManqueCandidats],
    ['partenaires', normalisedList(c.partenaires)],
    ['modeSelectionPartenaires', c.modeSelectionPartenaires],
    ['sort', c.sort],
  ];
  return buildQuery(params);
}
