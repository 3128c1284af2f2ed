import type { GraphContext } from '../context';
import type { SubgraphModule } from '../subgraph';
import { agenciesCosts } from './agencies.costs';
import { resolveAgencyReference } from './agency.reference';
import { AgencyResolver } from './agency.resolver';
import { AgencyTerritoryResolver, TerritoryAgenciesResolver } from './territory-agencies.resolver';

export const agenciesSubgraph: SubgraphModule<GraphContext> = {
  name: 'agencies',
  resolvers: [AgencyResolver, TerritoryAgenciesResolver, AgencyTerritoryResolver],
  referenceResolvers: {
    Agency: resolveAgencyReference,
  },
  costs: agenciesCosts,
};
