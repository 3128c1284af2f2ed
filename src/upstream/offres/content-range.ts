export interface ContentRange {
  start: number;
  end: number;
  total: number;
}

/**
 * Reads the Offres search `Content-Range` header, `offres 0-149/716799`, the only place the total appears.
 * `*\/0` (sent with 204) has no window. Returns undefined when the header is absent or malformed.
 */
export function parseContentRange(header: string | undefined): ContentRange | undefined {
  if (!header) return undefined;
  const match = /^\s*(?:[A-Za-z]+\s+)?(?:(\d+)-(\d+)|\*)\/(\d+)\s*$/.exec(header);
  if (!match) return undefined;
  const total = Number(match[3]);
  if (match[1] === undefined) return { start: -1, end: -1, total };
  return { start: Number(match[1]), end: Number(match[2]), total };
}
