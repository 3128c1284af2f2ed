import type { GraphContext } from '../context';
import type { SubgraphModule } from '../subgraph';
import { offerCosts } from './offer.costs';
import { OfferFacetsResolver, OfferNafResolver } from './offer-labels.resolver';
import { OfferReferentialsResolver } from './offer-referentials.resolver';
import { AppellationOffersResolver } from './appellation-offers.resolver';
import { OccupationOffersResolver } from './occupation-offers.resolver';
import { resolveOfferReference } from './offer.reference';
import { OfferResolver } from './offer.resolver';
import { SoughtJobOffersResolver } from './sought-job-offers.resolver';
import { AppellationReference, TerritoryReference } from './offer.types';
import { resolveSoughtJobReference } from './sought-job.reference';

export const offersSubgraph: SubgraphModule<GraphContext> = {
  name: 'offers',
  resolvers: [
    OfferResolver,
    OccupationOffersResolver,
    AppellationOffersResolver,
    OfferReferentialsResolver,
    OfferNafResolver,
    OfferFacetsResolver,
    SoughtJobOffersResolver,
  ],
  // Reached only as the parent of the offers it contributes.
  orphanedTypes: [TerritoryReference, AppellationReference],
  referenceResolvers: {
    Offer: resolveOfferReference,
    SoughtJob: resolveSoughtJobReference,
  },
  costs: offerCosts,
};

export { searchOffers, type OfferSearchRequest } from './offer-search';
export { criteriaForTerritory } from './offer-criteria';
