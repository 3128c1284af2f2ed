import type { SandboxApi } from '../types';

/** Each API needs both scopes of its pair in the token (upstream-apis §0); half a pair gives 403. */
export const API_SCOPES: Record<SandboxApi, readonly string[]> = {
  offres: ['api_offresdemploiv2', 'o2dsoffre'],
  'rome-metiers': ['api_rome-metiersv1', 'nomenclatureRome'],
  'rome-fiches-metiers': ['api_rome-fiches-metiersv1', 'nomenclatureRome'],
  'rome-competences': ['api_rome-competencesv1', 'nomenclatureRome'],
  'rome-contextes-travail': ['api_rome-contextes-travailv1', 'nomenclatureRome'],
  marche: ['api_stats-offres-demandes-emploiv1', 'offresetdemandesemploi'],
  agences: ['api_referentielagencesv1', 'organisationpe'],
  infotravail: ['api_infotravailv1'],
  // A job seeker's scope (realm /individu): a partner token never carries it.
  'metiers-recherches': ['api_peconnect-metiersrecherchesv1'],
};

/** Scopes of France Travail Connect (realm /individu): granted to a job seeker's token, never to an application's. */
export const INDIVIDU_SCOPES: ReadonlySet<string> = new Set([
  ...API_SCOPES['metiers-recherches'],
  'api_peconnect-individuv1',
  'openid',
  'profile',
  'email',
]);

/** What the client-credentials grant (realm /partenaire) may give an application. */
export const KNOWN_SCOPES: ReadonlySet<string> = new Set(
  Object.values(API_SCOPES)
    .flat()
    .filter((scope) => !INDIVIDU_SCOPES.has(scope)),
);

/** The legacy `application_<client id>` scope is still sent by many clients; upstream accepts and ignores it. */
export function isIgnoredScope(scope: string): boolean {
  return scope.startsWith('application_');
}

export function hasApiScopes(granted: ReadonlySet<string>, api: SandboxApi): boolean {
  return API_SCOPES[api].every((scope) => granted.has(scope));
}
