/** Public types of the sandbox, re-exported by src/sandbox/index.ts. */

export type SandboxApi =
  | 'offres'
  | 'rome-metiers'
  | 'rome-fiches-metiers'
  | 'rome-competences'
  | 'rome-contextes-travail'
  | 'marche'
  | 'agences'
  | 'infotravail'
  | 'metiers-recherches';

export const SANDBOX_APIS: readonly SandboxApi[] = [
  'offres',
  'rome-metiers',
  'rome-fiches-metiers',
  'rome-competences',
  'rome-contextes-travail',
  'marche',
  'agences',
  'infotravail',
  'metiers-recherches',
];

export interface SandboxClient {
  clientId: string;
  clientSecret: string;
}

export interface SandboxOptions {
  /** Default 0: a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** A directory laid out like the project's open-data folder (full ROME v460 + tensions); default: the bundled dataset. */
  dataDir?: string;
  /** Calls per second per client and API (token bucket). Defaults: offres 10, rome-* 1, marche 10, others 1. 0 or less: no limit. */
  quotas?: Partial<Record<SandboxApi, number>>;
  /** Added to every token and API response (default 0). */
  latencyMs?: number;
  /** Default [{ clientId: 'sandbox-client', clientSecret: 'sandbox-secret' }]. */
  clients?: SandboxClient[];
  /** `expires_in` of issued tokens, default 1499. */
  tokenTtlSeconds?: number;
  /** `expires_in` of job-seeker tokens from the authorization-code flow (realm /individu), default 59. */
  userTokenTtlSeconds?: number;
}

export interface SandboxCounters {
  /** Token endpoint successes. */
  tokens: number;
  /** Token successes keyed by the scope set asked for (sorted, space-joined, `application_*` scopes left out). */
  tokensByScope: Record<string, number>;
  /** API calls that reached an API (authenticated and routed), whatever their answer (4xx, 5xx and 429 included). */
  calls: Record<SandboxApi, number>;
  /** e.g. 'GET /offresdemploi/v2/offres/search', 'GET /offresdemploi/v2/offres/{id}'. */
  byRoute: Record<string, number>;
  /** 429s sent, quota or injected. */
  rateLimited: Record<SandboxApi, number>;
  /** Injected faults sent. */
  faults: number;
  /** Sum of `calls` (tokens excluded). */
  total: number;
}

export interface FaultRule {
  api?: SandboxApi;
  pathIncludes?: string;
  status: number;
  /** How many matching calls get the fault; default: until cleared. */
  times?: number;
  /** Share of matching calls that get the fault, in (0, 1] (seeded, so a run repeats); default 1: every one. */
  share?: number;
  /** For 429 (default 1). */
  retryAfterSeconds?: number;
  body?: string;
  /** Answer `status` with a JSON content type and a truncated JSON body (an answer cut short by a proxy). */
  malformedJson?: boolean;
}

export interface Sandbox {
  /** http://127.0.0.1:PORT */
  url: string;
  /** `${url}/connexion/oauth2/access_token?realm=%2Fpartenaire` */
  tokenUrl: string;
  /** `${url}/partenaire` */
  apiBaseUrl: string;
  /** France Travail Connect: `${url}/connexion/oauth2/authorize` (add `?realm=/individu&response_type=code&…`). */
  authorizeUrl: string;
  /** France Travail Connect token endpoint: `${url}/connexion/oauth2/access_token?realm=%2Findividu` */
  individuTokenUrl: string;
  /** `sandbox-jobseeker-<id>`: the fixed, long-lived token of a sandbox job seeker (alice, bob, chloe, david). */
  jobSeekerToken(id: string): string;
  credentials: SandboxClient;
  counters(): SandboxCounters;
  resetCounters(): void;
  setLatency(ms: number): void;
  setQuota(api: SandboxApi, perSecond: number): void;
  /** Added to every answer of `api` only, on top of the global latency (0 removes it). */
  setApiLatency(api: SandboxApi, ms: number): void;
  /** Every token issued so far now reads as expired: the next call with one gets 401, as after a server-side revocation. */
  revokeTokens(): void;
  /** Answers `status` (429: text/plain + Retry-After) instead of the real response, `times` times (default: until cleared). */
  injectFault(rule: FaultRule): void;
  clearFaults(): void;
  close(): Promise<void>;
}
