import type { RequestScope } from '../core/request-scope';
import type { CacheTtls } from '../config';
import type { ApiCaller } from '../core/api-caller';
import { parseUpstream } from '../core/contract';
import type { HttpResponse } from '../core/http-transport';
import { unexpectedAnswer } from '../core/unexpected-answer';
import { readJson } from '../core/json-body';
import type { ResponseCache } from '../core/response-cache';
import { offresBadRequest } from './bad-request';
import { parseContentRange } from './content-range';
import type {
  OffreDto,
  OffresApi,
  OffresPage,
  OffresReferentialItem,
  OffresReferentialName,
  OffresSearchCriteria,
} from './dto';
import { offreSchema, referentialSchemas, resultatRechercheSchema } from './schemas';
import { buildSearchQuery, type OffresRange } from './search-query';
import { z } from 'zod';

const API = 'offres';
/** An unknown offer may be published any minute: remember the miss only briefly. */
const MISSING_OFFER_TTL_MS = 60_000;

const referentialListSchemas = Object.fromEntries(
  Object.entries(referentialSchemas).map(([name, item]) => [name, z.array(item)]),
) as { [Name in OffresReferentialName]: z.ZodArray<(typeof referentialSchemas)[Name]> };

/** What a 204 means: no match, no window. */
export function emptyOffresPage(): OffresPage {
  return { offres: [], filtresPossibles: [], total: 0, rangeStart: -1, rangeEnd: -1 };
}

/**
 * Offres d'emploi v2: `range` in the query, the total in `Content-Range`, 204 for "nothing", French 400s
 * translated, every answer checked against its contract at the boundary.
 */
export class OffresClient implements OffresApi {
  constructor(
    private readonly caller: ApiCaller,
    private readonly cache: ResponseCache,
    private readonly baseUrl: string,
    private readonly ttls: CacheTtls,
  ) {}

  search(
    criteria: OffresSearchCriteria,
    range: { start: number; end: number },
    scope?: RequestScope,
  ): Promise<OffresPage> {
    const query = buildSearchQuery(criteria, range);
    return this.cache.getOrLoad(
      `offres:search:${query}`,
      { ttlMs: this.ttls.offersMs },
      async () => {
        const response = await this.caller.call({
          api: API,
          method: 'GET',
          url: `${this.baseUrl}/v2/offres/search?${query}`,
          scope,
        });
        return toPage(response, range);
      },
      { api: API, scope },
    );
  }

  getById(id: string, scope?: RequestScope): Promise<OffreDto | null> {
    const ttlMs = (offre: OffreDto | null) =>
      offre ? this.ttls.offersMs : Math.min(this.ttls.offersMs, MISSING_OFFER_TTL_MS);
    return this.cache.getOrLoad(
      `offres:offre:${id}`,
      { ttlMs },
      async () => {
        const response = await this.caller.call({
          api: API,
          method: 'GET',
          url: `${this.baseUrl}/v2/offres/${encodeURIComponent(id)}`,
          scope,
        });
        if (response.status === 204 || response.status === 404) return null;
        if (response.status === 400) throw offresBadRequest(response);
        if (response.status !== 200) throw unexpectedAnswer(API, response);
        return parseUpstream(offreSchema, readJson<unknown>(API, response), {
          api: API,
          endpoint: 'GET /v2/offres/{id}',
        });
      },
      { api: API, scope },
    );
  }

  referential<Name extends OffresReferentialName>(
    name: Name,
    scope?: RequestScope,
  ): Promise<OffresReferentialItem<Name>[]> {
    const policy = { ttlMs: this.ttls.offresReferentialMs, keepInProcess: true };
    const load = async () => {
      const response = await this.caller.call({
        api: API,
        method: 'GET',
        url: `${this.baseUrl}/v2/referentiel/${name}`,
        scope,
      });
      if (response.status === 204) return [];
      if (response.status !== 200) throw unexpectedAnswer(API, response);
      return parseUpstream(referentialListSchemas[name], readJson<unknown>(API, response), {
        api: API,
        endpoint: `GET /v2/referentiel/${name}`,
      }) as OffresReferentialItem<Name>[];
    };
    return this.cache.getOrLoad(`offres:referentiel:${name}`, policy, load, { api: API, scope });
  }
}

function toPage(response: HttpResponse, requested: OffresRange): OffresPage {
  if (response.status === 204) return emptyOffresPage();
  if (response.status === 400) throw offresBadRequest(response);
  if (response.status !== 200 && response.status !== 206) throw unexpectedAnswer(API, response);
  const answer = parseUpstream(resultatRechercheSchema, readJson<unknown>(API, response), {
    api: API,
    endpoint: 'GET /v2/offres/search',
  });
  const offres = answer.resultats ?? [];
  const filtresPossibles = answer.filtresPossibles ?? [];
  if (offres.length === 0) return emptyOffresPage();
  const range = parseContentRange(response.headers['content-range']);
  if (range && range.start >= 0) {
    return { offres, filtresPossibles, total: range.total, rangeStart: range.start, rangeEnd: range.end };
  }
  // Without the header, the window is what came back; a 206 promises more than that.
  const rangeEnd = requested.start + offres.length - 1;
  return { offres, filtresPossibles, total: rangeEnd + 1, rangeStart: requested.start, rangeEnd };
}
