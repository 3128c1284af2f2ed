import type { GraphContext } from '../context';
import type { SubgraphModule } from '../subgraph';
import { offerCosts } from './offer.costs';
import { OfferFacetsResolver, OfferNafResolver } from './offer-labels.resolver';
import { OfferReferentialsResolver } from './offer-referentials.resolver';
import { OccupationOffersResolver } from './occupation-offers.resolver';
import { resolveOfferReference } from './offer.reference';
import { OfferResolver } from './offer.resolver';
import { TerritoryReference } from './offer.types';

export const offersSubgraph: SubgraphModule<GraphContext> = {
  name: 'offers',
  resolvers: [
    OfferResolver,
    OccupationOffersResolver,
    OfferReferentialsResolver,
    OfferNafResolver,
    OfferFacetsResolver,
  ],
  orphanedTypes: [TerritoryReference],
  referenceResolvers: {
    Offer: resolveOfferReference,
  },
  costs: offerCosts,
};

export { searchOffers, type OfferSearchRequest } from './offer-search';
export { criteriaForTerritory } from './offer-criteria';
