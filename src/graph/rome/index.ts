import type { GraphContext } from '../context';
import type { SubgraphModule } from '../subgraph';
import { AppellationResolver } from './appellation.resolver';
import { OccupationResolver } from './occupation.resolver';
import { OfferAppellationResolver } from './offer-appellation.resolver';
import { warmUpRomeReferentials } from './referential-prefetch';
import { romeLoaders } from './rome.loaders';

export const romeSubgraph: SubgraphModule<GraphContext> = {
  name: 'rome',
  resolvers: [OccupationResolver, AppellationResolver, OfferAppellationResolver],
  referenceResolvers: {
    Occupation: async (reference, context) =>
      (await romeLoaders(context).occupations()).occupations.get(String(reference.code)) ?? null,
    RomeAppellation: async (reference, context) =>
      (await romeLoaders(context).occupations()).appellations.get(String(reference.code)) ?? null,
  },
  warmUp: warmUpRomeReferentials,
};
