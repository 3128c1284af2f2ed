import type { ApiCaller } from '../core/api-caller';
import type { RequestScope } from '../core/request-scope';
import { parseUpstream } from '../core/contract';
import { readJson } from '../core/json-body';
import type { ResponseCache } from '../core/response-cache';
import { unexpectedAnswer } from '../core/unexpected-answer';
import { type MetierRechercheDto, type MetiersRecherchesApi, metiersRecherchesSchema } from './dto';
import { JobSeekerForbiddenError, JobSeekerUnauthenticatedError } from './errors';

const API = 'metiers-recherches';
const ENDPOINT = 'GET /metiersrecherches';

export interface MetiersRecherchesClientOptions {
  /** e.g. https://api.francetravail.io/partenaire/peconnect-metiersrecherches/v1 */
  baseUrl: string;
  /** How long one job seeker's answer is reused for them (minutes: they may edit their profile). */
  ttlMs: number;
  /** Keyed hash of a user token: the only form in which a token reaches a cache key. */
  userKey: (userToken: string) => string;
}

/**
 * Métiers recherchés: the only API called with a job seeker's token. The cache key is the hashed token, so two
 * people never share an entry, nor an in-flight call; the quota is still the application's, through the same limiter.
 */
export class MetiersRecherchesClient implements MetiersRecherchesApi {
  constructor(
    private readonly caller: ApiCaller,
    private readonly cache: ResponseCache,
    private readonly options: MetiersRecherchesClientOptions,
  ) {}

  soughtJobs(userToken: string, scope?: RequestScope): Promise<MetierRechercheDto[]> {
    const key = `metiers-recherches:user:${this.options.userKey(userToken)}`;
    const load = async () => {
      const response = await this.caller.call({
        api: API,
        method: 'GET',
        url: `${this.options.baseUrl}/metiersrecherches`,
        userToken,
        scope,
      });
      if (response.status === 401) throw new JobSeekerUnauthenticatedError(API);
      if (response.status === 403) throw new JobSeekerForbiddenError(API);
      if (response.status === 204) return [];
      if (response.status !== 200) throw unexpectedAnswer(API, response);
      return parseUpstream(metiersRecherchesSchema, readJson(API, response), { api: API, endpoint: ENDPOINT });
    };
    return this.cache.getOrLoad(key, { ttlMs: this.options.ttlMs }, load, { api: API, scope });
  }
}
