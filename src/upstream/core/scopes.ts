import type { UpstreamApi } from '../config';

/** Each France Travail API opens only with its own pair: the product scope and its functional scope. */
export const UPSTREAM_SCOPES: Record<UpstreamApi, string> = {
  offres: 'api_offresdemploiv2 o2dsoffre',
  'rome-metiers': 'api_rome-metiersv1 nomenclatureRome',
  'rome-fiches-metiers': 'api_rome-fiches-metiersv1 nomenclatureRome',
  'rome-competences': 'api_rome-competencesv1 nomenclatureRome',
  'rome-contextes-travail': 'api_rome-contextes-travailv1 nomenclatureRome',
  marche: 'api_stats-offres-demandes-emploiv1 offresetdemandesemploi',
  agences: 'api_referentielagencesv1 organisationpe',
  infotravail: 'api_infotravailv1',
  // Granted to a job seeker's token (realm /individu), never to the application's client-credentials token.
  'metiers-recherches': 'api_peconnect-metiersrecherchesv1',
};
