import type { GraphContext } from '../context';
import type { SubgraphModule } from '../subgraph';
import { AppellationResolver } from './appellation.resolver';
import { resolveOccupationReference } from './occupation.reference';
import { OccupationResolver } from './occupation.resolver';
import { OfferAppellationResolver } from './offer-appellation.resolver';
import { resolveRomeAppellationReference } from './rome-appellation.reference';

export const romeSubgraph: SubgraphModule<GraphContext> = {
  name: 'rome',
  resolvers: [OccupationResolver, AppellationResolver, OfferAppellationResolver],
  referenceResolvers: {
    Occupation: resolveOccupationReference,
    RomeAppellation: resolveRomeAppellationReference,
  },
};
