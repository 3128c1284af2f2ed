/**
 * Everything an upstream client needs to know about where France Travail lives and how much it may call it.
 * Built by src/server/config.ts from the environment; the sandbox and live mode differ only in these values.
 */
import type { UpstreamObserver } from './core/upstream-observer';

export interface FranceTravailEndpoints {
  /** OAuth2 client-credentials token URL, realm included, e.g. https://entreprise.francetravail.fr/connexion/oauth2/access_token?realm=/partenaire */
  tokenUrl: string;
  /** e.g. https://api.francetravail.io/partenaire/offresdemploi (paths /v2/offres/... are appended) */
  offres: string;
  /** e.g. https://api.francetravail.io/partenaire/rome-metiers/v1 (paths /metiers/... are appended) */
  romeMetiers: string;
  /** e.g. https://api.francetravail.io/partenaire/rome-fiches-metiers/v1 (paths /fiches-rome/... are appended) */
  romeFichesMetiers: string;
  /** e.g. https://api.francetravail.io/partenaire/rome-competences/v1 (paths /competences/... are appended) */
  romeCompetences: string;
  /** e.g. https://api.francetravail.io/partenaire/rome-contextes-travail/v1 (paths /contextes-travail/... are appended) */
  romeContextesTravail: string;
  /** e.g. https://api.francetravail.io/partenaire/stats-offres-demandes-emploi/v1 (paths /indicateur/... are appended) */
  marche: string;
  /** e.g. https://api.francetravail.io/partenaire/referentielagences/v1 (paths /agences/... are appended) */
  agences: string;
  /** e.g. https://api.francetravail.io/partenaire/infotravail/v1 (CKAN actions /organization_show, /datastore_search... are appended) */
  infotravail: string;
  /** e.g. https://api.francetravail.io/partenaire/peconnect-metiersrecherches/v1 (called with a job seeker's own token) */
  metiersRecherches: string;
}

/**
 * France Travail's URL layout: every API under one gateway base URL (`…/partenaire`), each overridable on its own
 * through FT_OFFRES_URL, FT_ROME_METIERS_URL, FT_ROME_FICHES_METIERS_URL, FT_ROME_COMPETENCES_URL,
 * FT_ROME_CONTEXTES_TRAVAIL_URL, FT_MARCHE_URL, FT_AGENCES_URL, FT_INFOTRAVAIL_URL, FT_METIERS_RECHERCHES_URL.
 */
export function endpointsFrom(
  apiBaseUrl: string,
  tokenUrl: string,
  env: Record<string, string | undefined> = {},
): FranceTravailEndpoints {
  const base = apiBaseUrl.replace(/\/+$/, '');
  return {
    tokenUrl,
    offres: env.FT_OFFRES_URL ?? `${base}/offresdemploi`,
    romeMetiers: env.FT_ROME_METIERS_URL ?? `${base}/rome-metiers/v1`,
    romeFichesMetiers: env.FT_ROME_FICHES_METIERS_URL ?? `${base}/rome-fiches-metiers/v1`,
    romeCompetences: env.FT_ROME_COMPETENCES_URL ?? `${base}/rome-competences/v1`,
    romeContextesTravail: env.FT_ROME_CONTEXTES_TRAVAIL_URL ?? `${base}/rome-contextes-travail/v1`,
    marche: env.FT_MARCHE_URL ?? `${base}/stats-offres-demandes-emploi/v1`,
    agences: env.FT_AGENCES_URL ?? `${base}/referentielagences/v1`,
    infotravail: env.FT_INFOTRAVAIL_URL ?? `${base}/infotravail/v1`,
    metiersRecherches: env.FT_METIERS_RECHERCHES_URL ?? `${base}/peconnect-metiersrecherches/v1`,
  };
}

/** Keys used for quotas, counters and error messages. */
export type UpstreamApi =
  | 'offres'
  | 'rome-metiers'
  | 'rome-fiches-metiers'
  | 'rome-competences'
  | 'rome-contextes-travail'
  | 'marche'
  | 'agences'
  | 'infotravail'
  | 'metiers-recherches';

export interface CacheTtls {
  /** ROME referentials: quarterly releases. */
  romeReferentialMs: number;
  /** Tension indicators: yearly figures. */
  tensionMs: number;
  /** Offer searches and offer details: they change by the minute. */
  offersMs: number;
  /** Marché du travail referentials (territories, nomenclatures, the indicator catalogue). */
  marcheReferentialMs: number;
  /** Offres d'emploi v2 referentials (contract types, communes, NAF codes…): whole lists that change rarely. */
  offresReferentialMs: number;
  /** Marché du travail quarterly indicators and salaries: figures revised within the quarter. */
  marcheIndicatorMs: number;
  /** Marché du travail "no figure" answers: kept hours, not the figures' lifetime, since figures may come out. */
  marcheNoFigureMs: number;
  /** Référentiel des agences: agencies open, close and change hours a few times a year. */
  agenciesMs: number;
  /** Infotravail datasets and datastore answers: published statistics, refreshed monthly at most. */
  infotravailMs: number;
  /** One job seeker's own answers (Métiers recherchés), kept for that job seeker only. */
  jobSeekerMs: number;
}

export interface UpstreamConfig {
  endpoints: FranceTravailEndpoints;
  credentials: { clientId: string; clientSecret: string };
  /** Calls per second this application may make, per API (client-side limiter). */
  quotas: Record<UpstreamApi, number>;
  /** When set, cache and quota limiter are shared through this Redis. */
  redisUrl?: string;
  /** Prefix for every Redis / Keyv key, so several deployments or tests can share one Redis. */
  keyPrefix: string;
  ttls: CacheTtls;
  /** Per-request timeout (headers and body) in ms. */
  requestTimeoutMs: number;
  /** How many times a 429 / 5xx / network failure is retried before giving up. */
  maxRetries: number;
  /** Longest total time a call may wait for a quota slot or a Retry-After before failing with UPSTREAM_RATE_LIMITED. */
  maxQuotaWaitMs: number;
  /**
   * Time an incoming request has for everything upstream (token, quota slot, calls, retries) before it answers with
   * what it has (default 8000). One deadline per request, created with its context.
   */
  requestDeadlineMs?: number;
  /** How long past its lifetime a cached answer is kept, to be served (with its age) when France Travail fails (default 24 h). */
  staleIfErrorMs?: number;
  /** Per-API circuit breaker: consecutive failed attempts that open it (default 5) and how long it stays open before a probe (default 5000). */
  circuit?: { failuresToOpen: number; halfOpenAfterMs: number };
  /** Longest wait for one Redis command before falling back to process memory (default 250). */
  redisTimeoutMs?: number;
  /** Refresh tokens this long before they expire. */
  tokenRefreshMarginMs: number;
  /** Most sockets kept open to one France Travail host (default 16). */
  connectionsPerOrigin?: number;
  /** Most parsed answers kept in process in front of the shared cache (default 2000). */
  parsedCacheEntries?: number;
  /**
   * Secret of the keyed hash that turns a job seeker's token into their cache key. Unset: a random secret per
   * process (per-user answers are then not shared between instances).
   */
  userKeySecret?: string;
  /** Told of every upstream call and cache lookup (logs, metrics, per-request cost). */
  observer?: UpstreamObserver;
}

export const DEFAULT_QUOTAS: Record<UpstreamApi, number> = {
  offres: 10,
  'rome-metiers': 1,
  'rome-fiches-metiers': 1,
  'rome-competences': 1,
  'rome-contextes-travail': 1,
  marche: 10,
  agences: 1,
  infotravail: 1,
  // France Travail Connect APIs allow about one call per second per application, whoever the user is.
  'metiers-recherches': 1,
};

export const DEFAULT_TTLS: CacheTtls = {
  romeReferentialMs: 90 * 24 * 3600 * 1000,
  tensionMs: 365 * 24 * 3600 * 1000,
  offersMs: 5 * 60 * 1000,
  marcheReferentialMs: 90 * 24 * 3600 * 1000,
  offresReferentialMs: 7 * 24 * 3600 * 1000,
  marcheIndicatorMs: 30 * 24 * 3600 * 1000,
  marcheNoFigureMs: 6 * 3600 * 1000,
  agenciesMs: 24 * 3600 * 1000,
  infotravailMs: 7 * 24 * 3600 * 1000,
  jobSeekerMs: 5 * 60 * 1000,
};

export const DEFAULT_REQUEST_DEADLINE_MS = 8000;
export const DEFAULT_STALE_IF_ERROR_MS = 24 * 3600 * 1000;
export const DEFAULT_CIRCUIT = { failuresToOpen: 5, halfOpenAfterMs: 5000 };
export const DEFAULT_REDIS_TIMEOUT_MS = 250;
