export type QueryValue = string | number | boolean | readonly (string | number)[] | undefined;

/**
 * Builds a query string in the given parameter order, skipping empty values. Lists are joined with commas,
 * and `,` `(` `)` stay literal: France Travail's list parameters and ROME `champs` selectors are written that
 * way in its documentation (they are legal in a query, RFC 3986 sub-delims).
 */
export function buildQuery(params: ReadonlyArray<readonly [string, QueryValue]>): string {
  const parts: string[] = [];
  for (const [name, value] of params) {
    if (value === undefined) continue;
    const text = Array.isArray(value) ? value.join(',') : String(value);
    if (text === '') continue;
    parts.push(`${encodeQueryPart(name)}=${encodeQueryPart(text)}`);
  }
  return parts.join('&');
}

function encodeQueryPart(text: string): string {
  return encodeURIComponent(text).replace(/%2C/g, ',').replace(/%28/g, '(').replace(/%29/g, ')');
}
