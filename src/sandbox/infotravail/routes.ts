import type { SandboxRequest } from '../http/request';
import type { SandboxResponse } from '../http/response';
import type { Referential } from '../referential/model';
import type { ApiRoute } from '../routing';
import {
  type Cell,
  type DatasetEntry,
  type DatastoreTable,
  infotravailCatalog,
  ORGANIZATION,
  type Row,
} from './catalog';
import { ckanNotFound, ckanResult, ckanValidationError } from './ckan';
import { parseSelect } from './sql';

const BASE = '/infotravail/v1';
const DEFAULT_LIMIT = 100;
const MAX_LIMIT = 32_000;

export function infotravailRoutes(referential: Referential): ApiRoute[] {
  const datasets = infotravailCatalog(referential);
  const tables = new Map(datasets.flatMap((d) => d.resources.map((r) => [r.resourceId, r] as const)));
  const datasetOf = new Map(datasets.flatMap((d) => d.resources.map((r) => [r.resourceId, d] as const)));
  const route = (action: string, handle: (request: SandboxRequest) => SandboxResponse): ApiRoute => ({
    api: 'infotravail',
    method: 'GET',
    template: `${BASE}/${action}`,
    handle,
  });

  return [
    route('organization_show', (request) => {
      const id = request.query.get('id');
      if (!id) return ckanValidationError('organization_show', 'id', 'Missing value');
      if (id !== ORGANIZATION.id && id !== ORGANIZATION.name) return ckanNotFound('organization_show', 'Organization');
      return ckanResult('organization_show', {
        ...ORGANIZATION,
        description: "Jeux de données publiés par France Travail sur l'emploi et le marché du travail.",
        packages: datasets.map((d) => packageView(d, false)),
      });
    }),
    route('package_show', (request) => {
      const id = request.query.get('id');
      if (!id) return ckanValidationError('package_show', 'id', 'Missing value');
      const dataset = datasets.find((d) => d.id === id || d.name === id);
      return dataset ? ckanResult('package_show', packageView(dataset, true)) : ckanNotFound('package_show', 'Dataset');
    }),
    route('resource_show', (request) => {
      const id = request.query.get('id');
      if (!id) return ckanValidationError('resource_show', 'id', 'Missing value');
      const table = tables.get(id.toLowerCase());
      return table
        ? ckanResult('resource_show', resourceView(table, datasetOf.get(table.resourceId)!))
        : ckanNotFound('resource_show', 'Resource was not found.');
    }),
    route('resource_search', (request) => {
      const query = request.query.get('query') ?? '';
      const [field, value] = query.split(':');
      const all = datasets.flatMap((d) => d.resources.map((r) => resourceView(r, d)));
      const results =
        field === 'name' && value
          ? all.filter((r) => r.name.toLowerCase().includes(value.toLowerCase()))
          : field === 'pe_type' && value === 'reference'
            ? all
            : field
              ? []
              : all;
      return ckanResult('resource_search', { count: results.length, results });
    }),
    route('datastore_search', (request) => datastoreSearch(request, tables)),
    route('datastore_search_sql', (request) => datastoreSql(request, tables)),
  ];
}

function packageView(dataset: DatasetEntry, withResources: boolean) {
  return {
    id: dataset.id,
    name: dataset.name,
    title: dataset.title,
    notes: dataset.notes,
    organization: { name: ORGANIZATION.name, title: ORGANIZATION.title },
    num_resources: dataset.resources.length,
    ...(withResources ? { resources: dataset.resources.map((r) => resourceView(r, dataset)) } : {}),
  };
}

function resourceView(table: DatastoreTable, dataset: DatasetEntry) {
  return {
    id: table.resourceId,
    package_id: dataset.id,
    name: table.name,
    description: table.description,
    format: 'CSV',
    datastore_active: true,
    pe_version: '2026-11',
    last_modified: '2026-11-15T06:00:00',
  };
}

function datastoreSearch(request: SandboxRequest, tables: Map<string, DatastoreTable>): SandboxResponse {
  const action = 'datastore_search';
  // Older clients send `id=` instead of `resource_id=`; CKAN accepts both.
  const resourceId = request.query.get('resource_id') ?? request.query.get('id');
  if (!resourceId) return ckanValidationError(action, 'resource_id', 'Missing value');
  const table = tables.get(resourceId.toLowerCase());
  if (!table) return ckanNotFound(action, `Resource "${resourceId}" was not found.`);
  const limit = natural(request.query.get('limit'), DEFAULT_LIMIT);
  if (limit === undefined || limit > MAX_LIMIT) return ckanValidationError(action, 'limit', 'Invalid integer');
  const offset = natural(request.query.get('offset'), 0);
  if (offset === undefined) return ckanValidationError(action, 'offset', 'Invalid integer');
  const columns = table.fields.map((f) => f.id);

  let filters: Record<string, Cell | Cell[]> = {};
  const rawFilters = request.query.get('filters');
  if (rawFilters) {
    try {
      filters = JSON.parse(rawFilters);
    } catch {
      return ckanValidationError(action, 'filters', 'Cannot parse JSON');
    }
    if (typeof filters !== 'object' || filters === null || Array.isArray(filters))
      return ckanValidationError(action, 'filters', 'Not a JSON object');
  }
  const unknown = Object.keys(filters).find((column) => !columns.includes(column));
  if (unknown) return ckanValidationError(action, 'filters', `field "${unknown}" not in table`);
  const fields =
    request.query
      .get('fields')
      ?.split(',')
      .map((f) => f.trim()) ?? null;
  const unknownField = fields?.find((field) => !columns.includes(field) && field !== '_id');
  if (unknownField) return ckanValidationError(action, 'fields', `field "${unknownField}" not in table`);

  const conditions = Object.entries(filters).map(([column, value]) => ({
    column,
    values: Array.isArray(value) ? value : [value],
  }));
  const matching = select(table, conditions);
  const records = matching.slice(offset, offset + limit).map((row) => project(row, fields));
  const base = `${BASE}/datastore_search?resource_id=${table.resourceId}&limit=${limit}`;
  return ckanResult(action, {
    resource_id: table.resourceId,
    fields: fieldsOf(table, fields),
    records,
    total: matching.length,
    limit,
    offset,
    _links: { start: base, next: `${base}&offset=${offset + limit}` },
  });
}

function datastoreSql(request: SandboxRequest, tables: Map<string, DatastoreTable>): SandboxResponse {
  const action = 'datastore_search_sql';
  const sql = request.query.get('sql');
  if (!sql) return ckanValidationError(action, 'sql', 'Missing value');
  const parsed = parseSelect(sql);
  if (!parsed) return ckanValidationError(action, 'query', 'syntax error');
  const table = tables.get(parsed.resourceId);
  if (!table) return ckanValidationError(action, 'query', `relation "${parsed.resourceId}" does not exist`);
  const columns = table.fields.map((f) => f.id);
  const unknown = [...(parsed.columns ?? []), ...parsed.conditions.map((c) => c.column)].find(
    (column) => !columns.includes(column) && column !== '_id',
  );
  if (unknown) return ckanValidationError(action, 'query', `column "${unknown}" does not exist`);
  if ((parsed.limit ?? 0) > MAX_LIMIT) return ckanValidationError(action, 'query', 'limit too large');
  const offset = parsed.offset ?? 0;
  const rows = select(table, parsed.conditions).slice(offset, offset + (parsed.limit ?? MAX_LIMIT));
  return ckanResult(action, {
    sql,
    fields: fieldsOf(table, parsed.columns),
    records: rows.map((row) => project(row, parsed.columns)),
  });
}

function select(table: DatastoreTable, conditions: { column: string; values: Cell[] }[]): (Row & { _id: number })[] {
  const rows = table.rows().map((row, index): Row & { _id: number } => ({ ...row, _id: index + 1 }));
  return rows.filter((row) =>
    conditions.every(({ column, values }) => values.some((value) => String(row[column]) === String(value))),
  );
}

function project(row: Row & { _id: number }, fields: string[] | null): Row {
  if (!fields) return row;
  return Object.fromEntries(fields.map((field) => [field, row[field]]));
}

function fieldsOf(table: DatastoreTable, fields: string[] | null) {
  const all = [{ id: '_id', type: 'int' }, ...table.fields];
  return fields ? all.filter((f) => fields.includes(f.id)) : all;
}

function natural(value: string | null, fallback: number): number | undefined {
  if (value === null) return fallback;
  if (!/^\d+$/.test(value)) return undefined;
  return Number(value);
}
