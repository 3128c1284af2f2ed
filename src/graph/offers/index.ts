import type { GraphContext } from '../context';
import type { SubgraphModule } from '../subgraph';
import { OccupationOffersResolver } from './occupation-offers.resolver';
import { resolveOfferReference } from './offer.reference';
import { OfferResolver } from './offer.resolver';
import { TerritoryReference } from './offer.types';

export const offersSubgraph: SubgraphModule<GraphContext> = {
  name: 'offers',
  resolvers: [OfferResolver, OccupationOffersResolver],
  orphanedTypes: [TerritoryReference],
  referenceResolvers: {
    Offer: resolveOfferReference,
  },
};
