export type QueryValue = string | number | boolean | readonly (string | number)[] | undefined;

/**
 * Builds a query string parameter by parameter, in the order given, skipping empty values. Lists are joined with
 * commas, and `,` `(` `)` stay literal: France Travail's list parameters and ROME `champs` selectors are written that
 * way in its documentation (they are legal in a query, RFC 3986 sub-delims). Names are written as given: they are
 * France Travail's parameter names, which need no escaping. Built on every offer search, so it appends to one string
 * rather than collecting pairs first.
 */
export class QueryStringBuilder {
  private text = '';

  add(name: string, value: QueryValue): this {
    if (value === undefined) return this;
    const text = Array.isArray(value) ? value.join(',') : String(value);
    if (text === '') return this;
    this.text += `${this.text === '' ? '' : '&'}${name}=${encodeQueryPart(text)}`;
    return this;
  }

  toString(): string {
    return this.text;
  }
}

/** The same, from a list of pairs; names are escaped. */
export function buildQuery(params: ReadonlyArray<readonly [string, QueryValue]>): string {
  const query = new QueryStringBuilder();
  for (const [name, value] of params) query.add(encodeQueryPart(name), value);
  return query.toString();
}

const KEPT_LITERAL: Record<string, string> = { '%2C': ',', '%28': '(', '%29': ')' };

function encodeQueryPart(text: string): string {
  const encoded = encodeURIComponent(text);
  return encoded.includes('%2') ? encoded.replace(/%2C|%28|%29/g, (sequence) => KEPT_LITERAL[sequence]) : encoded;
}
