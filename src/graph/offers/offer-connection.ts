import type { FiltrePossibleDto, OffresPage } from '../../upstream';
import type { OfferFacets, OfferFacetValue } from './offer-facets.types';
import { toOffer } from './offer.mapper';
import type { OfferConnection } from './offer.types';
import { encodeCursor, hasReachableNext, type PageRequest } from './paging';

/** Shapes one upstream page into a connection, trimming the extra offer fetched for zero-size pages. */
export function toConnection(page: OffresPage, request: PageRequest): OfferConnection {
  const offers = page.offres.slice(0, request.first);
  const edges = offers.map((dto, index) => ({ cursor: encodeCursor(request.offset + index), node: toOffer(dto) }));
  const lastPosition = request.offset + edges.length - 1;
  return {
    totalCount: page.total,
    edges,
    pageInfo: {
      hasNextPage: hasReachableNext(lastPosition, page.total),
      hasPreviousPage: request.offset > 0,
      startCursor: edges.length ? edges[0].cursor : null,
      endCursor: edges.length ? edges[edges.length - 1].cursor : null,
    },
    facets: toFacets(page.filtresPossibles),
  };
}

const EXPERIENCE_LABELS: Record<string, string> = {
  '0': 'Unspecified',
  '1': 'Less than a year',
  '2': 'One to three years',
  '3': 'More than three years',
};
const QUALIFICATION_LABELS: Record<string, string> = { '0': 'Non-managerial', '9': 'Managerial', X: 'Non-managerial' };

/** `filtresPossibles` by name; contract labels are added on demand from the referentials (see OfferFacetsResolver). */
function toFacets(filters: FiltrePossibleDto[]): OfferFacets {
  const values = (name: string, labels?: Record<string, string>): OfferFacetValue[] =>
    (filters.find((f) => f.filtre === name)?.agregation ?? []).map((a) => ({
      value: a.valeurPossible,
      label: labels?.[a.valeurPossible] ?? null,
      count: a.nbResultats,
    }));
  return {
    contractTypes: values('typeContrat'),
    contractNatures: values('natureContrat'),
    experience: values('experience', EXPERIENCE_LABELS),
    qualification: values('qualification', QUALIFICATION_LABELS),
  };
}
