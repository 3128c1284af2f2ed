import { badUserInput } from '../shared/errors';

/** Offres v2 serves at most 150 offers per call and nothing past position 3 149. */
export const MAX_PAGE_SIZE = 150;
/** Last position a page may start at, and last position upstream serves. */
export const MAX_START = 3000;
export const MAX_END = 3149;

export interface PageRequest {
  /** 0-based position of the first offer. */
  offset: number;
  /** Offers asked for; 0 asks only for the total. */
  first: number;
}

export function encodeCursor(position: number): string {
  return Buffer.from(`offer:${position}`).toString('base64url');
}

export function decodeCursor(cursor: string): number {
  const match = /^offer:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match) throw badUserInput(`"${cursor}" is not a cursor returned by this API.`, 'after');
  return Number(match[1]);
}

/** Validates `first` / `after` against the upstream paging limits. */
export function pageRequest(first: number, after: string | undefined | null): PageRequest {
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw badUserInput(
      `"first" must be between 0 and ${MAX_PAGE_SIZE} (France Travail's page size); got ${first}.`,
      'first',
    );
  }
  const offset = after ? decodeCursor(after) + 1 : 0;
  // With first ≤ 150, a page starting at or before 3000 always ends by 3149.
  if (offset > MAX_START) {
    throw badUserInput(
      `France Travail serves offers up to position ${MAX_END} only; narrow the filter instead of paging further.`,
      'after',
    );
  }
  return { offset, first };
}

/** The upstream range for a page; a zero-size page still fetches one offer to learn the total. */
export function upstreamRange(page: PageRequest): { start: number; end: number } {
  return { start: page.offset, end: page.offset + Math.max(page.first, 1) - 1 };
}

/** Whether a page can follow the one ending at `lastPosition`: there are more matches and upstream serves them. */
export function hasReachableNext(lastPosition: number, total: number): boolean {
  const next = lastPosition + 1;
  return next < total && next <= MAX_START;
}
