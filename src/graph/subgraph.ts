import type { SubgraphDefinition } from '../federation';
import type { SubgraphCosts } from './upstream-cost';

export type { ReferenceResolver } from '../federation';

/**
 * What each domain under src/graph/ exports: the type-graphql classes of one Federation 2 subgraph, the reference
 * resolvers of the entities it owns, and the upstream cost of its fields. src/federation turns these into a published
 * subgraph schema, a composed supergraph, and the in-process merged executor.
 */
export interface SubgraphModule<TContext = unknown> extends SubgraphDefinition<TContext> {
  /** The upstream cost of the fields this subgraph resolves, read by demand control before execution. */
  costs?: SubgraphCosts;
}
