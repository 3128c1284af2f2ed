import type { GraphContext } from '../context';
import type { SubgraphModule } from '../subgraph';
import { AppellationTensionResolver, OccupationTensionResolver } from './occupation-tension.resolver';
import { resolveTerritoryReference } from './territory.reference';
import { TerritoryResolver } from './territory.resolver';

export const marketSubgraph: SubgraphModule<GraphContext> = {
  name: 'market',
  resolvers: [TerritoryResolver, OccupationTensionResolver, AppellationTensionResolver],
  referenceResolvers: {
    Territory: resolveTerritoryReference,
  },
};
