import type { CacheTtls } from '../config';
import type { ApiCaller } from '../core/api-caller';
import { parseUpstream } from '../core/contract';
import { readJson } from '../core/json-body';
import type { RequestScope } from '../core/request-scope';
import type { ResponseCache } from '../core/response-cache';
import { unexpectedAnswer } from '../core/unexpected-answer';
import { type AgenceDto, type AgencesApi, agencesSchema } from './dto';

const API = 'agences';

/**
 * Référentiel des agences: without options the whole list comes in one array; `horaire=true` adds the opening
 * hours and `zonecompetence=true&commune=…` narrows it to the agencies competent for a commune.
 */
export class AgencesClient implements AgencesApi {
  constructor(
    private readonly caller: ApiCaller,
    private readonly cache: ResponseCache,
    private readonly baseUrl: string,
    private readonly ttls: CacheTtls,
  ) {}

  listAgences(scope?: RequestScope): Promise<AgenceDto[]> {
    const policy = { ttlMs: this.ttls.agenciesMs, keepInProcess: true };
    return this.cache.getOrLoad(
      'agences:list:horaires',
      policy,
      () => this.fetchList('GET /agences?horaire=true', new URLSearchParams({ horaire: 'true' }), scope),
      { api: API, scope },
    );
  }

  agencesCompetentes(communeCode: string, scope?: RequestScope): Promise<AgenceDto[]> {
    return this.cache.getOrLoad(
      `agences:competentes:${communeCode}`,
      { ttlMs: this.ttls.agenciesMs },
      () =>
        this.fetchList(
          'GET /agences?zonecompetence=true',
          new URLSearchParams({ zonecompetence: 'true', commune: communeCode }),
          scope,
        ),
      { api: API, scope },
    );
  }

  private async fetchList(endpoint: string, query: URLSearchParams, scope?: RequestScope): Promise<AgenceDto[]> {
    const response = await this.caller.call({
      api: API,
      method: 'GET',
      url: `${this.baseUrl}/agences?${query}`,
      scope,
    });
    if (response.status === 204) return [];
    if (response.status !== 200) throw unexpectedAnswer(API, response);
    return parseUpstream(agencesSchema, readJson<unknown>(API, response), { api: API, endpoint });
  }
}
