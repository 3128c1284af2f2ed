import type { GraphContext } from '../context';
import type { SubgraphModule } from '../subgraph';
import { territoryDirectory } from '../territory/territory-directory';
import { AppellationTensionResolver, OccupationTensionResolver } from './occupation-tension.resolver';
import { SoughtJobTensionResolver } from './sought-job-tension.resolver';
import { TerritoryResolver } from './territory.resolver';
import { toTerritory } from './territories';

export const marketSubgraph: SubgraphModule<GraphContext> = {
  name: 'market',
  resolvers: [TerritoryResolver, OccupationTensionResolver, AppellationTensionResolver, SoughtJobTensionResolver],
  referenceResolvers: {
    Territory: (reference) => {
      const record = territoryDirectory.byId(String(reference.id));
      return record ? toTerritory(record) : null;
    },
    // The router hands over the occupation and places (@requires): nothing to look up.
    SoughtJob: (reference) => reference,
  },
};
