import type { GraphContext } from '../context';
import type { SubgraphModule } from '../subgraph';
import { OccupationOffersResolver } from './occupation-offers.resolver';
import { resolveOfferReference } from './offer.reference';
import { OfferResolver } from './offer.resolver';
import { SoughtJobOffersResolver } from './sought-job-offers.resolver';
import { TerritoryReference } from './offer.types';
import { resolveSoughtJobReference } from './sought-job.reference';

export const offersSubgraph: SubgraphModule<GraphContext> = {
  name: 'offers',
  resolvers: [OfferResolver, OccupationOffersResolver, SoughtJobOffersResolver],
  orphanedTypes: [TerritoryReference],
  referenceResolvers: {
    Offer: resolveOfferReference,
    SoughtJob: resolveSoughtJobReference,
  },
  costs: {
    fields: {
      'Query.offers': { api: 'offres', calls: 'perPage', pageSize: 150 },
      'Query.offer': { api: 'offres', calls: 'perCall' },
      'Occupation.offers': { api: 'offres', calls: 'perPage', pageSize: 150 },
      // A first page that falls back from the appellation to its ROME code costs a second search.
      'SoughtJob.matchingOffers': { api: 'offres', calls: 'perPage', pageSize: 150 },
      // The occupation behind an offer is resolved from the ROME métiers list.
      'Offer.occupation': { api: 'rome-metiers', calls: 'wholeList', list: 'rome:metiers' },
    },
    listSizes: {
      'Query.offers': { argument: 'first', max: 150 },
      'Occupation.offers': { argument: 'first', max: 150 },
      'SoughtJob.matchingOffers': { argument: 'first', max: 150 },
      'Offer.competences': { assumed: 20 },
    },
  },
};
