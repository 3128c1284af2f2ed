import type { Cell } from './catalog';

export interface ParsedSelect {
  resourceId: string;
  /** null for `*`. */
  columns: string[] | null;
  conditions: { column: string; values: Cell[] }[];
  limit?: number;
  offset?: number;
}

const STATEMENT =
  /^\s*SELECT\s+(\*|"[A-Za-z_][A-Za-z0-9_]*"(?:\s*,\s*"[A-Za-z_][A-Za-z0-9_]*")*)\s+FROM\s+"([0-9a-fA-F-]{36})"(?:\s+WHERE\s+(.+?))?(?:\s+LIMIT\s+(\d+))?(?:\s+OFFSET\s+(\d+))?\s*;?\s*$/is;
const CONDITION = /^\s*"([A-Za-z_][A-Za-z0-9_]*)"\s*(?:=\s*('(?:[^']|'')*'|-?\d+(?:\.\d+)?)|IN\s*\((.*)\))\s*$/is;
const LITERAL = /\s*('(?:[^']|'')*'|-?\d+(?:\.\d+)?)\s*(?:,|$)/gy;

/**
 * The subset of PostgreSQL the sandbox's `datastore_search_sql` understands: SELECT of quoted columns (or *) from
 * one quoted resource id, AND-ed equalities and IN lists of literals, LIMIT and OFFSET. Anything else is a syntax
 * error, as a real database would answer for what it cannot parse.
 */
export function parseSelect(sql: string): ParsedSelect | undefined {
  const match = STATEMENT.exec(sql);
  if (!match) return undefined;
  const [, columns, resourceId, where, limit, offset] = match;
  const conditions: ParsedSelect['conditions'] = [];
  if (where) {
    for (const part of splitAnd(where)) {
      const condition = CONDITION.exec(part);
      if (!condition) return undefined;
      const [, column, single, list] = condition;
      const values = single !== undefined ? [literal(single)] : literals(list ?? '');
      if (!values) return undefined;
      conditions.push({ column, values });
    }
  }
  return {
    resourceId: resourceId.toLowerCase(),
    columns: columns === '*' ? null : columns.split(',').map((c) => c.trim().slice(1, -1)),
    conditions,
    limit: limit === undefined ? undefined : Number(limit),
    offset: offset === undefined ? undefined : Number(offset),
  };
}

/** Splits on AND outside string literals. */
function splitAnd(where: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < where.length; i++) {
    const char = where[i];
    if (char === "'") quoted = !quoted;
    if (!quoted && /^\sAND\s/i.test(where.slice(i, i + 5))) {
      parts.push(current);
      current = '';
      i += 4;
      continue;
    }
    current += char;
  }
  parts.push(current);
  return parts;
}

function literals(list: string): Cell[] | undefined {
  const values: Cell[] = [];
  LITERAL.lastIndex = 0;
  let consumed = 0;
  for (let match = LITERAL.exec(list); match; match = LITERAL.exec(list)) {
    values.push(literal(match[1]));
    consumed = LITERAL.lastIndex;
    if (consumed >= list.length) break;
  }
  return consumed >= list.trimEnd().length && values.length > 0 ? values : undefined;
}

function literal(text: string): Cell {
  return text.startsWith("'") ? text.slice(1, -1).replaceAll("''", "'") : Number(text);
}
