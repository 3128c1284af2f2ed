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
  costs: {
    fields: {
      'Occupation.tension': { api: 'marche', calls: 'perCall' },
      'RomeAppellation.tension': { api: 'marche', calls: 'perCall' },
      'Territory.tension': { api: 'marche', calls: 'perCall' },
    },
    listSizes: {
      'Query.regions': { assumed: 18 },
      // Occitanie has 13 départements; the nation 101.
      'Territory.departements': { assumed: 101 },
      // Pas-de-Calais has about 890 communes.
      'Territory.communes': { assumed: 900 },
      'Territory.postalCodes': { assumed: 1 },
    },
  },
};
