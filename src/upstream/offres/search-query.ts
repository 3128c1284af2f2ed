import { QueryStringBuilder } from '../core/query-string';
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
  return new QueryStringBuilder()
    .add('range', `${range.start}-${range.end}`)
    .add('motsCles', normalisedList(c.motsCles))
    .add('codeROME', normalisedList(c.codeROME))
    .add('appellation', c.appellation?.trim())
    .add('domaine', c.domaine?.trim())
    .add('grandDomaine', c.grandDomaine?.trim())
    .add('theme', c.theme?.trim())
    .add('codeNAF', normalisedList(c.codeNAF))
    .add('secteurActivite', normalisedList(c.secteurActivite))
    .add('commune', normalisedList(codesAt(c.territories, 'COMMUNE')))
    .add('distance', c.distance)
    .add('departement', normalisedList(codesAt(c.territories, 'DEPARTEMENT')))
    .add('inclureLimitrophes', c.inclureLimitrophes)
    .add('region', normalisedList(codesAt(c.territories, 'REGION')))
    .add('paysContinent', c.paysContinent?.trim())
    .add('typeContrat', normalisedList(c.typeContrat))
    .add('natureContrat', normalisedList(c.natureContrat))
    .add('experience', c.experience)
    .add('experienceExigence', c.experienceExigence)
    .add('qualification', c.qualification)
    .add('tempsPlein', c.tempsPlein)
    .add('dureeHebdo', c.dureeHebdo)
    .add('dureeHebdoMin', c.dureeHebdoMin)
    .add('dureeHebdoMax', c.dureeHebdoMax)
    .add('dureeContratMin', c.dureeContratMin)
    .add('dureeContratMax', c.dureeContratMax)
    .add('niveauFormation', c.niveauFormation?.trim())
    .add('permis', c.permis?.trim())
    .add('salaireMin', c.salaireMin)
    .add('periodeSalaire', c.periodeSalaire)
    .add('publieeDepuis', c.publieeDepuis)
    .add('minCreationDate', c.minCreationDate)
    .add('maxCreationDate', c.maxCreationDate)
    .add('origineOffre', c.origineOffre)
    .add('accesTravailleurHandicape', c.accesTravailleurHandicape)
    .add('entreprisesAdaptees', c.entreprisesAdaptees)
    .add('employeursHandiEngages', c.employeursHandiEngages)
    .add('offresMRS', c.offresMRS)
    .add('offresManqueCandidats', c.offresManqueCandidats)
    .add('partenaires', normalisedList(c.partenaires))
    .add('modeSelectionPartenaires', c.modeSelectionPartenaires)
    .add('sort', c.sort)
    .toString();
}
