import type { UpstreamApi } from '../config';

/** Each France Travail API opens only with its own pair: the product scope and its functional scope. */
export const UPSTREAM_SCOPES: Record<UpstreamApi, string> = {
  offres: 'api_offresdemploiv2 o2dsoffre',
  'rome-metiers': 'api_rome-metiersv1 nomenclatureRome',
  'rome-fiches-metiers': 'api_rome-fiches-metiersv1 nomenclatureRome',
  'rome-competences': 'api_rome-competencesv1 nomenclatureRome',
  marche: 'api_stats-offres-demandes-emploiv1 offresetdemandesemploi',
};
