import type { GraphContext } from '../context';
import type { SubgraphModule } from '../subgraph';
import { AppellationTensionResolver, OccupationTensionResolver } from './occupation-tension.resolver';
import { SoughtJobTensionResolver } from './sought-job-tension.resolver';
import { resolveTerritoryReference } from './territory.reference';
import { TerritoryResolver } from './territory.resolver';
import { resolveSoughtJobReference } from './sought-job.reference';

export const marketSubgraph: SubgraphModule<GraphContext> = {
  name: 'market',
  resolvers: [TerritoryResolver, OccupationTensionResolver, AppellationTensionResolver, SoughtJobTensionResolver],
  referenceResolvers: {
    Territory: resolveTerritoryReference,
    SoughtJob: resolveSoughtJobReference,
  },
};
