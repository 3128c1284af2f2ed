import {
  defaultFieldResolver,
  isListType,
  isNonNullType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLResolveInfo,
} from 'graphql';
import { NO_CONVERSION, planEntry, type Conversion, type EntryPlan, type Supplier } from './entry-plan';
import { all, attempt, isPromiseLike, then, type MaybePromise } from './maybe-promise';
import { buildRepresentation, type SubgraphObject } from './representation';
import { selectedFields } from './selected-fields';
import type { FieldResolver, FieldSource, JoinedType, SubgraphTopology } from './subgraph-topology';

/** One subgraph's own object for an entity, obtained through its reference resolver. */
class View {
  state: 'pending' | 'ready' | 'failed' = 'pending';
  value: unknown;
  error: unknown;

  constructor(
    readonly conversion: Conversion,
    readonly promise: Promise<unknown> | undefined,
  ) {}

  static of(conversion: Conversion, outcome: MaybePromise<unknown>): View {
    if (!isPromiseLike(outcome)) {
      const view = new View(conversion, undefined);
      view.state = 'ready';
      view.value = outcome;
      return view;
    }
    const promise = Promise.resolve(outcome);
    const view = new View(conversion, promise);
    promise.then(
      (value) => {
        view.state = 'ready';
        view.value = value;
      },
      (error: unknown) => {
        view.state = 'failed';
        view.error = error;
      },
    );
    return view;
  }
}

/** What one request knows about one entity object: the subgraph it came from and its other subgraphs' views. */
interface EntityState {
  readonly origin: string;
  readonly views: Map<string, View>;
}

type EntityStates = WeakMap<object, EntityState>;

/**
 * The federation logic of the in-process executor. A field returning a joined type hands each
 * object it returns to the subgraphs the selection needs (their reference resolvers, batched by
 * the request's loaders); the joined type's fields then read from the view of the subgraph that
 * resolves them. A failed reference nulls the entity with the error at its path, a missing one
 * nulls that subgraph's fields: what a router does.
 */
export class EntityGlue {
  /** Keyed on the request context: views must never outlive or cross requests. */
  private readonly requests = new WeakMap<object, EntityStates>();

  constructor(private readonly topology: SubgraphTopology) {}

  /** Wraps a subgraph's resolver for a field whose type is (a list of) the joined type. */
  entering(subgraph: string, type: JoinedType, resolve: FieldResolver | undefined): FieldResolver {
    const plans = new WeakMap<object, EntryPlan>();
    const resolveField = resolve ?? (defaultFieldResolver as FieldResolver);
    return (source, args, context, info) => {
      const result = resolveField(source, args, context, info);
      const plan = this.planFor(plans, subgraph, type, info);
      if (plan === NO_CONVERSION && !type.originSensitive) return result;
      const states = this.statesOf(context);
      return then(result, (value) =>
        this.enterAll(value, info.returnType, (entity) =>
          this.enter(entity, subgraph, type, plan, states, context, info),
        ),
      );
    };
  }

  /** The resolver of a joined type's field: picks the subgraph view able to answer it. */
  joinedField(type: JoinedType, fieldName: string, sources: readonly FieldSource[]): FieldResolver {
    const bySubgraph = new Map(sources.map((source) => [source.subgraph, source]));
    const [first] = sources;
    const resolver: FieldResolver = (parent, args, context, info) => {
      const state = this.stateOf(context, parent);
      if (!state) return callSource(first, parent, args, context, info);
      const own = bySubgraph.get(state.origin);
      if (own && !own.requires) return callSource(own, parent, args, context, info);
      for (const source of sources) {
        const view = state.views.get(source.subgraph);
        if (view) return fromView(view, source, args, context, info);
      }
      if (own) return callSource(own, parent, args, context, info);
      // A selection the entering field did not foresee: convert now, on this field's path.
      const plan = planEntry(type, state.origin, [fieldName]);
      if (plan.conversions.length === 0) return callSource(first, parent, args, context, info);
      const pending = this.convert(parent as object, state.origin, type, plan, state, context, info);
      return then(pending, () => resolver(parent, args, context, info));
    };
    return resolver;
  }

  private planFor(
    plans: WeakMap<object, EntryPlan>,
    subgraph: string,
    type: JoinedType,
    info: GraphQLResolveInfo,
  ): EntryPlan {
    // Stable across executions of one document: jit keeps its field node arrays, graphql-js its AST nodes.
    const key = info.fieldNodes.length === 1 ? info.fieldNodes[0] : info.fieldNodes;
    const cached = plans.get(key);
    if (cached) return cached;
    const objectType = info.schema.getType(type.typeName) as GraphQLObjectType;
    const selection = selectedFields(info, objectType);
    const plan = planEntry(type, subgraph, selection.names);
    if (!selection.dependsOnVariables) plans.set(key, plan);
    return plan;
  }

  private enterAll(value: unknown, type: GraphQLOutputType, enterOne: (entity: unknown) => unknown): unknown {
    if (isNonNullType(type)) return this.enterAll(value, type.ofType, enterOne);
    if (value === null || value === undefined) return value;
    if (isListType(type)) {
      return Array.from(value as Iterable<unknown>, (item) =>
        isPromiseLike(item)
          ? Promise.resolve(item).then((resolved) => this.enterAll(resolved, type.ofType, enterOne))
          : this.enterAll(item, type.ofType, enterOne),
      );
    }
    return enterOne(value);
  }

  private enter(
    entity: unknown,
    origin: string,
    type: JoinedType,
    plan: EntryPlan,
    states: EntityStates,
    context: unknown,
    info: GraphQLResolveInfo,
  ): unknown {
    if (typeof entity !== 'object' || entity === null) return entity;
    let state = states.get(entity);
    if (!state) {
      state = { origin, views: new Map() };
      states.set(entity, state);
    }
    if (plan.conversions.length === 0) return entity;
    return then(this.convert(entity, origin, type, plan, state, context, info), () => entity);
  }

  /** Starts (or joins) the plan's conversions of one entity; settles when all have. */
  private convert(
    entity: object,
    origin: string,
    type: JoinedType,
    plan: EntryPlan,
    state: EntityState,
    context: unknown,
    info: GraphQLResolveInfo,
  ): MaybePromise<unknown> {
    const pending: Promise<unknown>[] = [];
    for (const conversion of plan.conversions) {
      const view = this.viewFor(entity, origin, type, conversion, state, context, info);
      if (view.state === 'failed') return Promise.reject(view.error);
      if (view.promise && view.state === 'pending') pending.push(view.promise);
    }
    return all(pending);
  }

  private viewFor(
    entity: object,
    origin: string,
    type: JoinedType,
    wanted: Conversion,
    state: EntityState,
    context: unknown,
    info: GraphQLResolveInfo,
  ): View {
    const existing = state.views.get(wanted.subgraph);
    if (existing && [...wanted.fieldNames].every((name) => existing.conversion.fieldNames.has(name))) return existing;
    // The entity was already converted for another selection with fewer required fields: redo with both.
    const conversion = existing ? mergeConversions(existing.conversion, wanted) : wanted;
    const waitFor = conversion.dependsOn
      .map((subgraph) => state.views.get(subgraph)?.promise)
      .filter((promise): promise is Promise<unknown> => promise !== undefined);
    const supply = (supplier: Supplier): SubgraphObject =>
      supplier === null
        ? { subgraph: origin, value: entity }
        : { subgraph: supplier, value: readyValue(state.views.get(supplier)) };
    const run = (): MaybePromise<unknown> =>
      then(buildRepresentation(this.topology, type.typeName, conversion, supply, context, info), (representation) => {
        const resolveReference = type.referenceResolvers.get(conversion.subgraph);
        return resolveReference
          ? (resolveReference(representation, context, info) as MaybePromise<unknown>)
          : representation;
      });
    const view = View.of(
      conversion,
      attempt(() => (waitFor.length > 0 ? Promise.all(waitFor).then(run) : run())),
    );
    state.views.set(conversion.subgraph, view);
    return view;
  }

  private statesOf(context: unknown): EntityStates {
    if (typeof context !== 'object' || context === null) {
      throw new Error('The in-process executor needs an object as request context');
    }
    let states = this.requests.get(context);
    if (!states) {
      states = new WeakMap();
      this.requests.set(context, states);
    }
    return states;
  }

  private stateOf(context: unknown, parent: unknown): EntityState | undefined {
    if (typeof context !== 'object' || context === null || typeof parent !== 'object' || parent === null)
      return undefined;
    return this.requests.get(context)?.get(parent);
  }
}

function callSource(
  source: FieldSource,
  parent: unknown,
  args: Record<string, unknown>,
  context: unknown,
  info: GraphQLResolveInfo,
): unknown {
  return (source.resolve ?? (defaultFieldResolver as FieldResolver))(parent, args, context, info);
}

function fromView(
  view: View,
  source: FieldSource,
  args: Record<string, unknown>,
  context: unknown,
  info: GraphQLResolveInfo,
): unknown {
  const answer = (value: unknown): unknown =>
    value === null || value === undefined ? null : callSource(source, value, args, context, info);
  if (view.state === 'ready') return answer(view.value);
  if (view.state === 'failed') throw view.error;
  return (view.promise as Promise<unknown>).then(answer);
}

function readyValue(view: View | undefined): unknown {
  if (!view) return undefined;
  if (view.state === 'failed') throw view.error;
  return view.value;
}

function mergeConversions(a: Conversion, b: Conversion): Conversion {
  const fields = [
    ...a.fields,
    ...b.fields.filter((field) => !a.fields.some((existing) => existing.node === field.node)),
  ];
  return {
    subgraph: a.subgraph,
    fields,
    fieldNames: new Set([...a.fieldNames, ...b.fieldNames]),
    dependsOn: [...new Set([...a.dependsOn, ...b.dependsOn])],
  };
}
