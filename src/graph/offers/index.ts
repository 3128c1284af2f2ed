import type { GraphContext } from '../context';
import type { SubgraphModule } from '../subgraph';
import { offerLoaders } from './offer.loaders';
import { OccupationOffersResolver } from './occupation-offers.resolver';
import { OfferResolver } from './offer.resolver';
import { TerritoryReference } from './offer.types';

export const offersSubgraph: SubgraphModule<GraphContext> = {
  name: 'offers',
  resolvers: [OfferResolver, OccupationOffersResolver],
  orphanedTypes: [TerritoryReference],
  referenceResolvers: {
    Offer: (reference, context) => offerLoaders(context).byId.load(String(reference.id)),
  },
  costs: {
    fields: {
      'Query.offers': { api: 'offres', calls: 'perPage', pageSize: 150 },
      'Query.offer': { api: 'offres', calls: 'perCall' },
      'Occupation.offers': { api: 'offres', calls: 'perPage', pageSize: 150 },
      // The occupation behind an offer is resolved from the ROME métiers list.
      'Offer.occupation': { api: 'rome-metiers', calls: 'wholeList', list: 'rome:metiers' },
    },
    listSizes: {
      'Query.offers': { argument: 'first', max: 150 },
      'Occupation.offers': { argument: 'first', max: 150 },
      'Offer.competences': { assumed: 20 },
    },
  },
};
