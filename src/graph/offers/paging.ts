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

export function decodeCursor(cursor: string, argument: string): number {
  const match = /^offer:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match) throw badUserInput(`"${cursor}" is not a cursor returned by this API.`, argument);
  return Number(match[1]);
}

/** The paging arguments of an offers field, forward (`first`/`after`) or backward (`last`/`before`). */
export interface PagingArguments {
  first: number;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/**
 * Validates paging against the upstream limits. Cursors are positions in the result order, so a backward page is
 * the window just before a cursor: as honest as a forward one. `last` without `before` (the end of the result set)
 * is refused: it would need the total first, and the end is often past what France Travail serves.
 */
export function pageRequest(paging: PagingArguments): PageRequest {
  const { after, before, last } = paging;
  if (after && before) throw badUserInput('Give "after" or "before", not both.', 'before');
  if (last != null && !before) throw badUserInput('"last" pages backward from a cursor: give "before" too.', 'last');
  const size = before ? (last ?? paging.first) : paging.first;
  const sizeArgument = before && last != null ? 'last' : 'first';
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE) {
    throw badUserInput(
      `"${sizeArgument}" must be between 0 and ${MAX_PAGE_SIZE} (France Travail's page size); got ${size}.`,
      sizeArgument,
    );
  }
  if (before) {
    const end = decodeCursor(before, 'before');
    const offset = Math.max(0, end - size);
    return { offset, first: end - offset };
  }
  const offset = after ? decodeCursor(after, 'after') + 1 : 0;
  // With first ≤ 150, a page starting at or before 3000 always ends by 3149.
  if (offset > MAX_START) {
    throw badUserInput(
      `France Travail serves offers up to position ${MAX_END} only; narrow the filter instead of paging further.`,
      'after',
    );
  }
  return { offset, first: size };
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
