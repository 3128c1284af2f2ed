import type { OffresPage } from '../../upstream';
import { toOffer } from './offer.mapper';
import type { OfferConnection } from './offer.types';
import { encodeCursor, type PageRequest } from './paging';

/** Shapes one upstream page into a connection, trimming the extra offer fetched for zero-size pages. */
export function toConnection(page: OffresPage, request: PageRequest): OfferConnection {
  const offers = page.offres.slice(0, request.first);
  const edges = offers.map((dto, index) => ({ cursor: encodeCursor(request.offset + index), node: toOffer(dto) }));
  const lastPosition = request.offset + edges.length - 1;
  return {
    totalCount: page.total,
    edges,
    pageInfo: {
      hasNextPage: lastPosition + 1 < page.total,
      hasPreviousPage: request.offset > 0,
      startCursor: edges.length ? edges[0].cursor : null,
      endCursor: edges.length ? edges[edges.length - 1].cursor : null,
    },
  };
}
