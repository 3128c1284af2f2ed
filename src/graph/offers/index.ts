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
};
