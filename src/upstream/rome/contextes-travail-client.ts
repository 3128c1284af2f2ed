import type { CacheTtls } from '../config';
import type { ApiCaller } from '../core/api-caller';
import { buildQuery } from '../core/query-string';
import type { RequestScope } from '../core/request-scope';
import type { ResponseCache } from '../core/response-cache';
import { CONTEXTE_TRAVAIL_CHAMPS } from './champs';
import { contexteTravailListSchema } from './contract';
import type { ContexteTravailDto, ContextesTravailApi } from './dto';
import { fetchRome } from './rome-answer';

const CONTEXTES_TRAVAIL_QUERY = buildQuery([['champs', CONTEXTE_TRAVAIL_CHAMPS]]);

/** ROME 4.0 Contextes de travail: a small referential (≈ 180 items) loaded whole, like the other ROME lists. */
export class ContextesTravailClient implements ContextesTravailApi {
  constructor(
    private readonly caller: ApiCaller,
    private readonly cache: ResponseCache,
    /** e.g. https://api.francetravail.io/partenaire/rome-contextes-travail/v1 */
    private readonly baseUrl: string,
    private readonly ttls: CacheTtls,
  ) {}

  listContextesTravail(scope?: RequestScope): Promise<ContexteTravailDto[]> {
    const url = `${this.baseUrl}/situations-travail/contexte-travail?${CONTEXTES_TRAVAIL_QUERY}`;
    return this.cache.getOrLoad(
      'rome:contextes-travail',
      { ttlMs: this.ttls.romeReferentialMs, keepInProcess: true },
      () =>
        fetchRome(this.caller, {
          api: 'rome-contextes-travail',
          url,
          endpoint: 'GET /situations-travail/contexte-travail',
          schema: contexteTravailListSchema,
          emptyOn204: [],
          scope,
        }),
      { api: 'rome-contextes-travail', scope },
    );
  }
}
