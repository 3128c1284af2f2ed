/** France Travail's own names for its APIs, as a developer finds them on francetravail.io; used in error messages. */
const API_NAMES: Record<string, string> = {
  offres: "Offres d'emploi",
  'rome-metiers': 'ROME Métiers',
  'rome-fiches-metiers': 'ROME Fiches métiers',
  'rome-competences': 'ROME Compétences',
  'rome-contextes-travail': 'ROME Contextes de travail',
  marche: 'Marché du travail',
  agences: 'Référentiel des agences',
  infotravail: 'Infotravail',
  'metiers-recherches': 'Métiers recherchés',
};

export function apiName(api: string): string {
  return `France Travail ${API_NAMES[api] ?? api}`;
}
