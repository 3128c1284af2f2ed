import type { z } from 'zod';
import type { CacheTtls } from '../config';
import type { ApiCaller } from '../core/api-caller';
import { parseUpstream } from '../core/contract';
import { UpstreamBadRequestError } from '../core/errors';
import type { HttpResponse } from '../core/http-transport';
import { readJson } from '../core/json-body';
import type { RequestScope } from '../core/request-scope';
import type { ResponseCache } from '../core/response-cache';
import { unexpectedAnswer } from '../core/unexpected-answer';
import { selectStatement } from './datastore-sql';
import { areaLevelOf, IMT_TERRITORY_LEVELS, imtArea } from './area-type';
import { figuresOf, INFOTRAVAIL_RESOURCES } from './resources';
import {
  ckanEnvelope,
  ckanErrorSchema,
  type AnonymisedOfferDto,
  type DatastoreCell,
  type DatastoreFigure,
  type DatastoreDto,
  type DatastorePage,
  type HiringProjectsDto,
  type ImtStatisticDto,
  type DatastoreSearch,
  type DatastoreSelect,
  datastoreSchema,
  type InfotravailApi,
  type OrganizationDto,
  organizationSchema,
  type PackageDto,
  packageSchema,
  type ResourceDto,
  resourceSchema,
} from './dto';

const API = 'infotravail';

/**
 * Infotravail speaks CKAN: GET actions whose answers are wrapped in `{success, result}`; a missing dataset or
 * resource is a 404 with `success: false` (read as null), a refused query a 400/409 with an `error` object.
 */
export class InfotravailClient implements InfotravailApi {
  readonly territoryLevels = IMT_TERRITORY_LEVELS;

  constructor(
    private readonly caller: ApiCaller,
    private readonly cache: ResponseCache,
    private readonly baseUrl: string,
    private readonly ttls: CacheTtls,
  ) {}

  organization(id: string, scope?: RequestScope): Promise<OrganizationDto | null> {
    return this.show('organization_show', id, organizationSchema, scope);
  }

  dataset(id: string, scope?: RequestScope): Promise<PackageDto | null> {
    return this.show('package_show', id, packageSchema, scope);
  }

  resource(id: string, scope?: RequestScope): Promise<ResourceDto | null> {
    return this.show('resource_show', id, resourceSchema, scope);
  }

  search(query: DatastoreSearch, scope?: RequestScope): Promise<DatastoreDto> {
    const params = new URLSearchParams({
      resource_id: query.resourceId,
      limit: String(query.limit),
      offset: String(query.offset),
    });
    if (query.filters && Object.keys(query.filters).length > 0) params.set('filters', JSON.stringify(query.filters));
    if (query.fields?.length) params.set('fields', query.fields.join(','));
    params.sort();
    return this.cache.getOrLoad(
      `infotravail:search:${params}`,
      { ttlMs: this.ttls.infotravailMs },
      async () => {
        const result = await this.action('datastore_search', params, datastoreSchema, scope);
        if (result === null) throw new UpstreamBadRequestError(API, `unknown resource ${query.resourceId}`);
        return result;
      },
      { api: API, scope },
    );
  }

  select(query: DatastoreSelect, scope?: RequestScope): Promise<DatastoreDto> {
    const sql = selectStatement(query);
    return this.cache.getOrLoad(
      `infotravail:sql:${sql}`,
      { ttlMs: this.ttls.infotravailMs },
      async () => {
        const result = await this.action('datastore_search_sql', new URLSearchParams({ sql }), datastoreSchema, scope);
        if (result === null) throw new UpstreamBadRequestError(API, `unknown resource ${query.resourceId}`);
        return result;
      },
      { api: API, scope },
    );
  }

  async imtStatistics(
    query: Parameters<InfotravailApi['imtStatistics']>[0],
    scope?: RequestScope,
  ): Promise<ImtStatisticDto[]> {
    const keys = ['ROME_PROFESSION_CARD_CODE', 'AREA_TYPE_CODE', 'AREA_CODE'];
    const area = imtArea(query.area);
    const answer = await this.select(
      {
        resourceId: INFOTRAVAIL_RESOURCES.imtByRome,
        where: {
          ROME_PROFESSION_CARD_CODE: [...query.romeCodes].sort(),
          AREA_TYPE_CODE: [area.AREA_TYPE_CODE],
          AREA_CODE: [area.AREA_CODE],
        },
        limit: Math.max(1, query.romeCodes.length * 4),
        offset: 0,
      },
      scope,
    );
    return answer.records.map((record) => ({
      romeCode: String(record.ROME_PROFESSION_CARD_CODE),
      area: {
        level: areaLevelOf(record.AREA_TYPE_CODE),
        typeCode: String(record.AREA_TYPE_CODE),
        code: String(record.AREA_CODE),
      },
      figures: figuresOf(answer, record, keys),
    }));
  }

  hiringProjects(
    query: Parameters<InfotravailApi['hiringProjects']>[0],
    scope?: RequestScope,
  ): Promise<DatastorePage<HiringProjectsDto>> {
    const filters: Record<string, string> = {};
    if (query.fapCode) filters.FAP_CODE = query.fapCode;
    if (query.catchmentAreaCode) filters.CATCHMENT_AREA_CODE = query.catchmentAreaCode;
    return this.rowsPage(
      { resourceId: INFOTRAVAIL_RESOURCES.bmo, filters, limit: query.limit, offset: query.offset },
      ['FAP_CODE', 'CATCHMENT_AREA_CODE'],
      (record) => ({ fapCode: String(record.FAP_CODE), catchmentAreaCode: String(record.CATCHMENT_AREA_CODE) }),
      scope,
    );
  }

  anonymisedOffers(
    query: Parameters<InfotravailApi['anonymisedOffers']>[0],
    scope?: RequestScope,
  ): Promise<DatastorePage<AnonymisedOfferDto>> {
    return this.rowsPage(
      {
        resourceId: INFOTRAVAIL_RESOURCES.anonymisedOffers,
        filters: { CITY_CODE: query.communeCode },
        limit: query.limit,
        offset: query.offset,
      },
      ['CITY_CODE', 'ROME_PROFESSION_CARD_CODE'],
      (record) => ({
        communeCode: textOrNull(record.CITY_CODE),
        romeCode: textOrNull(record.ROME_PROFESSION_CARD_CODE),
      }),
      scope,
    );
  }

  /** A page of a table's rows: their `keys` columns read by `keysOf`, every other column as a figure. */
  private async rowsPage<Row extends { figures: DatastoreFigure[] }>(
    search: DatastoreSearch,
    keys: readonly string[],
    keysOf: (record: Record<string, DatastoreCell>) => Omit<Row, 'figures'>,
    scope: RequestScope | undefined,
  ): Promise<DatastorePage<Row>> {
    const answer = await this.search(search, scope);
    return {
      total: answer.total ?? null,
      rows: answer.records.map((record) => ({ ...keysOf(record), figures: figuresOf(answer, record, keys) }) as Row),
    };
  }

  private show<Schema extends z.ZodType>(
    action: string,
    id: string,
    schema: Schema,
    scope: RequestScope | undefined,
  ): Promise<z.output<Schema> | null> {
    const policy = { ttlMs: this.ttls.infotravailMs };
    return this.cache.getOrLoad(
      `infotravail:${action}:${id}`,
      policy,
      () => this.action(action, new URLSearchParams({ id }), schema, scope),
      { api: API, scope },
    );
  }

  private async action<Schema extends z.ZodType>(
    action: string,
    params: URLSearchParams,
    schema: Schema,
    scope: RequestScope | undefined,
  ): Promise<z.output<Schema> | null> {
    const url = `${this.baseUrl}/${action}?${params}`;
    const response = await this.caller.call({ api: API, method: 'GET', url, scope });
    const endpoint = `GET /${action}`;
    if (response.status === 404) return null;
    if (response.status === 400 || response.status === 409) throw refused(response);
    if (response.status !== 200) throw unexpectedAnswer(API, response);
    const envelope = parseUpstream(ckanEnvelope, readJson<unknown>(API, response), { api: API, endpoint });
    return parseUpstream(schema, envelope.result, { api: API, endpoint: `${endpoint} (result)` });
  }
}

/** CKAN reports refusals in `error.message`; some gateways put a bare `{message}` instead. */
function refused(response: HttpResponse): Error {
  try {
    const parsed = ckanErrorSchema.safeParse(JSON.parse(response.body));
    if (parsed.success && parsed.data.error.message) return new UpstreamBadRequestError(API, parsed.data.error.message);
  } catch {
    // not JSON: fall through to the generic answer
  }
  return unexpectedAnswer(API, response);
}

function textOrNull(cell: DatastoreCell | undefined): string | null {
  return cell === null || cell === undefined ? null : String(cell);
}
