import type { GraphContext } from '../context';
import type { SubgraphModule } from '../subgraph';
import { AppellationMarketResolver, OccupationMarketResolver } from './occupation-market.resolver';
import { MarketReferentialResolver } from './referential.resolver';
import { territoryById, toTerritory } from './territories';
import { TerritoryResolver } from './territory.resolver';
import { marketCosts } from './market.costs';

export const marketSubgraph: SubgraphModule<GraphContext> = {
  name: 'market',
  resolvers: [TerritoryResolver, OccupationMarketResolver, AppellationMarketResolver, MarketReferentialResolver],
  referenceResolvers: {
    Territory: (reference) => {
      const record = territoryById(String(reference.id));
      return record ? toTerritory(record) : null;
    },
  },
  costs: marketCosts,
};
