/** Turns a reference (`__typename`, key and `@requires` fields) into this subgraph's own object for the entity. */
export type ReferenceResolver<TContext = unknown> = (
  reference: Record<string, unknown>,
  context: TContext,
) => unknown | Promise<unknown>;

/** What the federation runtime needs to know about one subgraph written with type-graphql. */
export interface SubgraphDefinition<TContext = unknown> {
  /** Subgraph name, used for schema/<name>.graphql and the supergraph's join__Graph. */
  name: string;
  /** type-graphql resolver classes (Query fields and field resolvers). */
  resolvers: [Function, ...Function[]];
  /** Classes no Query reaches but which the subgraph must declare (entity stubs, types only used by field resolvers). */
  orphanedTypes?: Function[];
  /** `__resolveReference` per entity type name this subgraph can resolve. */
  referenceResolvers: Record<string, ReferenceResolver<TContext>>;
  /**
   * Called by the in-process executor once a request's first turn of execution is over and it waits on I/O (never for
   * a request its resolvers refused outright), with the output types the operation selects: a subgraph may start
   * loading what those types will need, so that its loads overlap the upstream calls other subgraphs' resolvers have
   * just started instead of following them. Nothing may be awaited here.
   */
  warmUp?: WarmUp<TContext>;
}

export interface WarmUpRequest<TContext> {
  /** Names of the output types selected anywhere in the operation (fragments included), computed once per document. */
  readonly selectedTypes: ReadonlySet<string>;
  readonly context: TContext;
}

export type WarmUp<TContext> = (request: WarmUpRequest<TContext>) => void;
