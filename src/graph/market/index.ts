import type { GraphContext } from '../context';
import type { SubgraphModule } from '../subgraph';
import { marketCosts } from './market.costs';
import { AppellationMarketResolver, OccupationMarketResolver } from './occupation-market.resolver';
import { MarketReferentialResolver } from './referential.resolver';
import { resolveTerritoryReference } from './territory.reference';
import { TerritoryResolver } from './territory.resolver';

export const marketSubgraph: SubgraphModule<GraphContext> = {
  name: 'market',
  resolvers: [TerritoryResolver, OccupationMarketResolver, AppellationMarketResolver, MarketReferentialResolver],
  referenceResolvers: {
    Territory: resolveTerritoryReference,
  },
  costs: marketCosts,
};
