import type { UpstreamApi } from '../upstream';

/**
 * How long an answer that selects a field may be reused by HTTP caches, and by whom. `PRIVATE` data belongs to one
 * user (the signed-in job seeker): only that user's own cache may keep it, never a shared one.
 */
export interface CacheHint {
  maxAgeSeconds: number;
  scope?: 'PUBLIC' | 'PRIVATE';
}

/** Keyed by schema coordinate, `Type.field`; overrides the lifetime the field's upstream API gives it. */
export type SubgraphCacheHints = Record<string, CacheHint>;

const HOUR = 3600;
const DAY = 24 * HOUR;

/**
 * The lifetime of a field that calls an API, when its subgraph declares no hint of its own: the field's cost
 * declaration names the API, so no field is written twice. Shorter than the upstream cache's TTLs where a stale
 * answer would mislead (a Marché "no figure" is kept six hours, so Marché answers are too).
 */
export const API_CACHE_HINTS: Record<UpstreamApi, CacheHint> = {
  offres: { maxAgeSeconds: 5 * 60 },
  'rome-metiers': { maxAgeSeconds: DAY },
  'rome-fiches-metiers': { maxAgeSeconds: DAY },
  'rome-competences': { maxAgeSeconds: DAY },
  'rome-contextes-travail': { maxAgeSeconds: DAY },
  marche: { maxAgeSeconds: 6 * HOUR },
  agences: { maxAgeSeconds: DAY },
  infotravail: { maxAgeSeconds: DAY },
  'metiers-recherches': { maxAgeSeconds: 5 * 60, scope: 'PRIVATE' },
};

/** Answers made of local data only (INSEE geography, the schema): they change with a deployment. */
export const LOCAL_DATA_CACHE_HINT: CacheHint = { maxAgeSeconds: HOUR };
