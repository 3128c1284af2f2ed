import type { OffresReferentialName } from '../../src/upstream';

/** The 16 lists Offres d'emploi publishes under /v2/referentiel, each of which the sandbox serves and the client reads. */
export const OFFRES_REFERENTIALS = [
  'communes',
  'departements',
  'regions',
  'pays',
  'continents',
  'nafs',
  'secteursActivites',
  'domaines',
  'metiers',
  'appellations',
  'themes',
  'typesContrats',
  'naturesContrats',
  'niveauxFormations',
  'permis',
  'langues',
] as const satisfies readonly OffresReferentialName[];
