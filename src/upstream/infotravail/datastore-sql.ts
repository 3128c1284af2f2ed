import type { DatastoreSelect } from './dto';

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;
const RESOURCE_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** CKAN's datastore refuses larger windows; a bigger statement would only be cut. */
export const MAX_SQL_LIMIT = 32_000;

/** A statement we refuse to build: the graph validates arguments first, so reaching this is a programming error. */
export class UnsafeSqlError extends Error {}

/**
 * Builds the only SQL this product sends to `datastore_search_sql`: a SELECT of named columns from one resource,
 * conditions joined by AND, each an equality or an IN list of literals. Identifiers are checked against a strict
 * pattern and quoted; string literals are quoted with doubled single quotes and may not contain control
 * characters; numbers must be finite. No caller-written SQL is ever passed through.
 */
export function selectStatement(query: DatastoreSelect): string {
  if (!RESOURCE_ID.test(query.resourceId)) throw new UnsafeSqlError('resource id must be a UUID');
  if (!Number.isInteger(query.limit) || query.limit < 1 || query.limit > MAX_SQL_LIMIT)
    throw new UnsafeSqlError(`limit must be an integer between 1 and ${MAX_SQL_LIMIT}`);
  if (!Number.isInteger(query.offset) || query.offset < 0) throw new UnsafeSqlError('offset must be a natural number');
  const columns = query.fields?.length ? query.fields.map(identifier).join(', ') : '*';
  const conditions = Object.entries(query.where).map(([column, values]) => {
    if (values.length === 0) throw new UnsafeSqlError(`no value for ${column}`);
    const literals = values.map(literal);
    return literals.length === 1
      ? `${identifier(column)} = ${literals[0]}`
      : `${identifier(column)} IN (${literals.join(', ')})`;
  });
  const where = conditions.length ? ` WHERE ${conditions.join(' AND ')}` : '';
  return `SELECT ${columns} FROM "${query.resourceId}"${where} LIMIT ${query.limit} OFFSET ${query.offset}`;
}

function identifier(name: string): string {
  if (!IDENTIFIER.test(name)) throw new UnsafeSqlError(`"${name}" is not a column name`);
  return `"${name}"`;
}

function literal(value: string | number): string {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new UnsafeSqlError('numbers must be finite');
    return String(value);
  }
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is refused here
  if (/[\u0000-\u001f\u007f]/.test(value)) throw new UnsafeSqlError('text values may not hold control characters');
  return `'${value.replaceAll("'", "''")}'`;
}
