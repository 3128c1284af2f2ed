import type { SubgraphCacheHints } from './cache-hint';
import type { SubgraphCosts } from './upstream-cost';

/**
 * What each domain under src/graph/ exports: the type-graphql classes of one Federation 2 subgraph
 * and the reference resolvers of the entities it owns. src/server/federation turns these into
 * a published subgraph schema, a composed supergraph, and the in-process merged executor.
 */
export type ReferenceResolver<TContext = unknown> = (
  reference: Record<string, unknown>,
  context: TContext,
) => unknown | Promise<unknown>;

export interface SubgraphModule<TContext = unknown> {
  /** Subgraph name, used for schema/<name>.graphql and the supergraph's join__Graph. */
  name: string;
  /** type-graphql resolver classes (Query fields and field resolvers). */
  resolvers: [Function, ...Function[]];
  /** Classes no Query reaches but which the subgraph must declare (entity stubs, types only used by field resolvers). */
  orphanedTypes?: Function[];
  /** `__resolveReference` per entity type name this subgraph can resolve. */
  referenceResolvers: Record<string, ReferenceResolver<TContext>>;
  /** The upstream cost of the fields this subgraph resolves, read by demand control before execution. */
  costs?: SubgraphCosts;
  /**
   * HTTP cache lifetimes of fields whose lifetime is not their upstream API's (see API_CACHE_HINTS): per-user
   * fields are PRIVATE, and everything selected below them is too.
   */
  cacheHints?: SubgraphCacheHints;
}
