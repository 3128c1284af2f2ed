import type { SubgraphCosts } from '../upstream-cost';
import { PLAIN_REFERENTIAL_FIELDS } from './offer-referentials';
import { MAX_PAGE_SIZE } from './paging';

const search = { api: 'offres', calls: 'perPage', pageSize: MAX_PAGE_SIZE } as const;
const wholeList = (list: string) => ({ api: 'offres', calls: 'wholeList', list: `offres:${list}` }) as const;
const pageOfOffers = { argument: 'first', max: MAX_PAGE_SIZE };

/**
 * Upstream cost of the offers subgraph. A search may also load the referentials of the codes its filter names
 * (one whole-list call each per cache lifetime); facets come with the search answer at no extra call.
 */
export const offerCosts: SubgraphCosts = {
  fields: {
    'Query.offers': search,
    'Occupation.offers': search,
    'RomeAppellation.offers': search,
    // A first page that falls back from the appellation to its ROME code costs a second search.
    'SoughtJob.matchingOffers': search,
    'Query.offer': { api: 'offres', calls: 'perCall' },
    // The occupation behind an offer is resolved from the ROME métiers list.
    'Offer.occupation': { api: 'rome-metiers', calls: 'wholeList', list: 'rome:metiers' },
    'OfferReferentials.communes': wholeList('communes'),
    'OfferReferentials.departements': wholeList('departements'),
    ...Object.fromEntries(
      Object.entries(PLAIN_REFERENTIAL_FIELDS).map(([field, list]) => [`OfferReferentials.${field}`, wholeList(list)]),
    ),
    'OfferNaf.label': wholeList('nafs'),
    'OfferFacets.contractTypes': wholeList('typesContrats'),
    'OfferFacets.contractNatures': wholeList('naturesContrats'),
  },
  listSizes: {
    'Query.offers': pageOfOffers,
    'Occupation.offers': pageOfOffers,
    'RomeAppellation.offers': pageOfOffers,
    'SoughtJob.matchingOffers': pageOfOffers,
    'Offer.competences': { assumed: 20 },
  },
};
