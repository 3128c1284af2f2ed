import type { GraphContext } from './context';
import { marketSubgraph } from './market';
import { offersSubgraph } from './offers';
import { romeSubgraph } from './rome';
import type { SubgraphModule } from './subgraph';

/** Every subgraph of travail-graph, in composition order. */
export const subgraphModules: SubgraphModule<GraphContext>[] = [offersSubgraph, romeSubgraph, marketSubgraph];

export { createGraphContext, type GraphContext } from './context';
