import type { z } from 'zod';
import type { CacheTtls } from '../config';
import type { ApiCaller } from '../core/api-caller';
import { parseUpstream } from '../core/contract';
import { UpstreamBadRequestError } from '../core/errors';
import type { HttpResponse } from '../core/http-transport';
import { readJson } from '../core/json-body';
import type { ResponseCache } from '../core/response-cache';
import { unexpectedAnswer } from '../core/unexpected-answer';
import { selectStatement } from './datastore-sql';
import {
  ckanEnvelope,
  ckanErrorSchema,
  type DatastoreDto,
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
  constructor(
    private readonly caller: ApiCaller,
    private readonly cache: ResponseCache,
    private readonly baseUrl: string,
    private readonly ttls: CacheTtls,
  ) {}

  organization(id: string): Promise<OrganizationDto | null> {
    return this.show('organization_show', id, organizationSchema);
  }

  dataset(id: string): Promise<PackageDto | null> {
    return this.show('package_show', id, packageSchema);
  }

  resource(id: string): Promise<ResourceDto | null> {
    return this.show('resource_show', id, resourceSchema);
  }

  search(query: DatastoreSearch): Promise<DatastoreDto> {
    const params = new URLSearchParams({
      resource_id: query.resourceId,
      limit: String(query.limit),
      offset: String(query.offset),
    });
    if (query.filters && Object.keys(query.filters).length > 0) params.set('filters', JSON.stringify(query.filters));
    if (query.fields?.length) params.set('fields', query.fields.join(','));
    params.sort();
    return this.cache.getOrLoad(`infotravail:search:${params}`, { ttlMs: this.ttls.infotravailMs }, async () => {
      const result = await this.action('datastore_search', params, datastoreSchema);
      if (result === null) throw new UpstreamBadRequestError(API, `unknown resource ${query.resourceId}`);
      return result;
    });
  }

  select(query: DatastoreSelect): Promise<DatastoreDto> {
    const sql = selectStatement(query);
    return this.cache.getOrLoad(`infotravail:sql:${sql}`, { ttlMs: this.ttls.infotravailMs }, async () => {
      const result = await this.action('datastore_search_sql', new URLSearchParams({ sql }), datastoreSchema);
      if (result === null) throw new UpstreamBadRequestError(API, `unknown resource ${query.resourceId}`);
      return result;
    });
  }

  private show<Schema extends z.ZodType>(action: string, id: string, schema: Schema): Promise<z.output<Schema> | null> {
    const policy = { ttlMs: this.ttls.infotravailMs };
    return this.cache.getOrLoad(`infotravail:${action}:${id}`, policy, () =>
      this.action(action, new URLSearchParams({ id }), schema),
    );
  }

  private async action<Schema extends z.ZodType>(
    action: string,
    params: URLSearchParams,
    schema: Schema,
  ): Promise<z.output<Schema> | null> {
    const response = await this.caller.call({ api: API, method: 'GET', url: `${this.baseUrl}/${action}?${params}` });
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
