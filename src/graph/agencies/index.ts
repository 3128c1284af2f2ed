import type { GraphContext } from '../context';
import type { SubgraphModule } from '../subgraph';
import { resolveAgencyReference } from './agency.reference';
import { AgencyResolver } from './agency.resolver';
import { AgencyTerritoryResolver, TerritoryAgenciesResolver } from './territory-agencies.resolver';

const AGENCY_LIST = { api: 'agences', calls: 'wholeList', list: 'agences:list' } as const;

export const agenciesSubgraph: SubgraphModule<GraphContext> = {
  name: 'agencies',
  resolvers: [AgencyResolver, TerritoryAgenciesResolver, AgencyTerritoryResolver],
  referenceResolvers: {
    Agency: resolveAgencyReference,
  },
  costs: {
    fields: {
      'Query.agency': AGENCY_LIST,
      'Query.agencies': AGENCY_LIST,
      'Query.agenciesNear': AGENCY_LIST,
      'Query.competentAgency': { api: 'agences', calls: 'perCall' },
      'Territory.agencies': AGENCY_LIST,
    },
    listSizes: {
      'Query.agencies': { argument: 'first', max: 1000 },
      'Territory.agencies': { assumed: 30 },
    },
  },
};
