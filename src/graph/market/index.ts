import type { GraphContext } from '../context';
import type { SubgraphModule } from '../subgraph';
import { marketCosts, salariesOfParent } from './market.costs';
import { occupationMarketResolvers } from './occupation-market.resolver';
import { MarketReferentialResolver } from './referential.resolver';
import { SoughtJobMarketResolver } from './sought-job-market.resolver';
import { resolveSoughtJobReference } from './sought-job.reference';
import { resolveTerritoryReference } from './territory.reference';
import { TerritoryIndicatorResolver, TerritoryResolver } from './territory.resolver';

export const marketSubgraph: SubgraphModule<GraphContext> = {
  name: 'market',
  resolvers: [
    TerritoryResolver,
    TerritoryIndicatorResolver,
    ...occupationMarketResolvers,
    MarketReferentialResolver,
    SoughtJobMarketResolver,
  ],
  referenceResolvers: {
    Territory: resolveTerritoryReference,
    SoughtJob: resolveSoughtJobReference,
  },
  costs: {
    fields: {
      ...marketCosts.fields,
      'SoughtJob.tension': { api: 'marche', calls: 'perCall' },
      'SoughtJob.salary': salariesOfParent,
    },
    listSizes: marketCosts.listSizes,
  },
};
