import { collectSubFields } from '@graphql-tools/utils';
import {
  Kind,
  defaultFieldResolver,
  getNamedType,
  isLeafType,
  isListType,
  isNonNullType,
  visit,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
} from 'graphql';
import type { DeclaredType, FieldResolver, FieldSource } from './topology';

/** What one request knows about one entity object: where it came from, and its views in other subgraphs. */
interface EntityState {
  readonly entity: object;
  readonly origin: string;
  readonly context: unknown;
  /** Subgraph (and `@requires` field set) → that subgraph's object for the entity, or the promise of it. */
  readonly views: Map<string, unknown>;
}

/** Entity states per request, keyed on the request context so that they never outlive or cross requests. */
export type EntityStates = WeakMap<object, WeakMap<object, EntityState>>;

/**
 * The federation logic of the in-process executor, for one object type several subgraphs declare. A field returning
 * it notes which subgraph each object comes from and, in the same tick (DataLoader batches per tick), has it
 * converted by the reference resolvers of the subgraphs its selection needs: a failed reference nulls the entity,
 * the error at its path, as a router does. Its fields then answer from the view of the subgraph resolving them,
 * which got the key and the `@requires` fields.
 */
export class JoinedType {
  /** By origin, then field name: nested maps, so that no key string is built per resolved field. */
  private readonly choices = new Map<string | undefined, Map<string, FieldSource>>();
  private readonly originMatters: boolean;
  private readonly representationFieldsBySource = new Map<FieldSource, readonly string[]>();

  constructor(
    private readonly type: DeclaredType,
    private readonly requests: EntityStates,
  ) {
    // Two subgraphs answer a field differently: every object must remember where it came from.
    this.originMatters = [...type.fields.values()].some(
      (sources) => sources.length > 1 && sources.some((s) => s.resolve),
    );
  }

  /** Wraps the resolver of a field (from `subgraph`) returning this type, or lists of it. */
  entering(subgraph: string, resolve: FieldResolver = defaultFieldResolver): FieldResolver {
    const plans = new WeakMap<object, FieldSource[] | null>();
    return (parent, args, context, info) => {
      const result = resolve(parent, args, context, info);
      let plan = plans.get(info.fieldNodes[0]);
      if (plan === undefined) {
        plan = this.plan(subgraph, info);
        if (!hasVariableConditions(info)) plans.set(info.fieldNodes[0], plan);
      }
      if (!plan) return result;
      const sources = plan;
      const states = this.statesOf(context);
      return then(result, (value) =>
        forEachObject(value, info.returnType, (entity) => {
          let state = states.get(entity);
          if (!state) states.set(entity, (state = { entity, origin: subgraph, context, views: new Map() }));
          let pending: Promise<unknown>[] | undefined;
          for (const source of sources) {
            const view = this.view(state, source, info);
            if (isPromise(view)) (pending ??= []).push(view);
          }
          return pending ? Promise.all(pending).then(() => entity) : entity;
        }),
      );
    };
  }

  /** The resolver of one of this type's fields, whichever subgraph its object came from. */
  field(fieldName: string): FieldResolver {
    return (parent, args, context, info) => {
      const state = this.requests.get(context as object)?.get(parent as object);
      if (!state) return call(this.choose(fieldName, undefined), parent, args, context, info);
      return this.answer(state, fieldName, args, info);
    };
  }

  private answer(state: EntityState, fieldName: string, args: Record<string, unknown>, info: GraphQLResolveInfo) {
    const source = this.choose(fieldName, state.origin);
    if (source.subgraph === state.origin && !source.requires)
      return call(source, state.entity, args, state.context, info);
    return then(this.view(state, source, info), (view) =>
      view === null ? null : call(source, view, args, state.context, info),
    );
  }

  /** The sources the selection below this field needs a view for; null when objects need no state at all. */
  private plan(origin: string, info: GraphQLResolveInfo): FieldSource[] | null {
    const objectType = info.schema.getType(this.type.name) as GraphQLObjectType;
    const variables = { coerced: info.variableValues, sources: {} };
    const { fields } = collectSubFields(info.schema, info.fragments, variables, objectType, [...info.fieldNodes]);
    const needed = new Map<string, FieldSource>();
    for (const [{ name }] of fields.values()) {
      if (!this.type.fields.has(name.value)) continue;
      const source = this.choose(name.value, origin);
      if (source.subgraph !== origin || source.requires) needed.set(viewKey(source), source);
    }
    return needed.size > 0 || this.originMatters ? [...needed.values()] : null;
  }

  /**
   * Who answers a field for an object from `origin`: the origin itself, unless the field `@requires` fields and
   * the origin cannot be entered by key; else a subgraph that can, reference resolvers first.
   */
  private choose(fieldName: string, origin: string | undefined): FieldSource {
    let choicesFromOrigin = this.choices.get(origin);
    if (!choicesFromOrigin) this.choices.set(origin, (choicesFromOrigin = new Map()));
    let source = choicesFromOrigin.get(fieldName);
    if (!source) {
      const { keys, referenceResolvers } = this.type;
      const sources = this.type.fields.get(fieldName) ?? [];
      const own = sources.find((candidate) => candidate.subgraph === origin);
      source =
        (own && (!own.requires || keys.has(own.subgraph)) ? own : undefined) ??
        sources.find((s) => keys.has(s.subgraph) && referenceResolvers.has(s.subgraph)) ??
        sources.find((s) => keys.has(s.subgraph)) ??
        own ??
        // A value type (no key) that several subgraphs declare, the others with `@external` fields only.
        (keys.size === 0 ? sources[0] : undefined);
      if (!source) throw new Error(`${this.type.name}.${fieldName} cannot be resolved for an object from ${origin}`);
      choicesFromOrigin.set(fieldName, source);
    }
    return source;
  }

  /** The object `source`'s subgraph has for the entity: its reference resolver's answer to key + `@requires`. */
  private view(state: EntityState, source: FieldSource, info: GraphQLResolveInfo): unknown {
    const key = viewKey(source);
    if (state.views.has(key)) return state.views.get(key);
    const { name, referenceResolvers } = this.type;
    const fieldNames = this.representationFields(source);
    const resolveReference = referenceResolvers.get(source.subgraph);
    let outcome: unknown;
    try {
      let anyPromise = false;
      const values = fieldNames.map((fieldName) => {
        const value = then(this.answer(state, fieldName, {}, info), (answered) =>
          serialize(info, name, fieldName, answered),
        );
        anyPromise ||= isPromise(value);
        return value;
      });
      outcome = then(anyPromise ? Promise.all(values) : values, (resolved) => {
        const representation: Record<string, unknown> = { __typename: name };
        fieldNames.forEach((field, index) => {
          representation[field] = (resolved as unknown[])[index];
        });
        return resolveReference ? resolveReference(representation, state.context) : representation;
      });
    } catch (error) {
      outcome = Promise.reject(error);
    }
    const remember = (view: unknown) => {
      state.views.set(key, view ?? null);
      return view ?? null;
    };
    if (!isPromise(outcome)) return remember(outcome);
    const settling = outcome.then(remember);
    settling.catch(() => undefined); // the rejection reaches whoever reads the view
    state.views.set(key, settling);
    return settling;
  }

  /** The fields of the representation `source`'s subgraph is entered with: its key, then its `@requires` fields. */
  private representationFields(source: FieldSource): readonly string[] {
    let fieldNames = this.representationFieldsBySource.get(source);
    if (!fieldNames) {
      fieldNames = [this.type.keys.get(source.subgraph) as string, ...(source.requires?.names ?? [])];
      this.representationFieldsBySource.set(source, fieldNames);
    }
    return fieldNames;
  }

  private statesOf(context: unknown): WeakMap<object, EntityState> {
    if (typeof context !== 'object' || context === null) throw new Error('The merged executor needs an object context');
    let states = this.requests.get(context);
    if (!states) this.requests.set(context, (states = new WeakMap()));
    return states;
  }
}

const isPromise = (value: unknown): value is Promise<unknown> =>
  typeof (value as { then?: unknown } | null)?.then === 'function';

/** Stays synchronous while values are: an `await` between two loads would split a DataLoader batch. */
function then<T>(value: T | Promise<T>, next: (resolved: T) => unknown): unknown {
  return isPromise(value) ? value.then((resolved) => next(resolved as T)) : next(value);
}

const viewKeys = new WeakMap<FieldSource, string>();

/** Sources that need the same object (same subgraph, same `@requires`) share one view; computed once per source. */
function viewKey(source: FieldSource): string {
  let key = viewKeys.get(source);
  if (key === undefined) viewKeys.set(source, (key = `${source.subgraph} ${source.requires?.fields ?? ''}`));
  return key;
}

function call(
  source: FieldSource,
  parent: unknown,
  args: Record<string, unknown>,
  context: unknown,
  info: GraphQLResolveInfo,
) {
  // A view reads other fields than the one being resolved: their resolvers must see their own field name.
  if (source.resolve)
    return source.resolve(
      parent,
      args,
      context,
      info.fieldName === source.field ? info : { ...info, fieldName: source.field },
    );
  const value = (parent as Record<string, unknown>)[source.field];
  return typeof value === 'function' ? value.call(parent, args, context, info) : value;
}

/** Schema → type name → field name → the field's named type: looked up once, not once per entity. */
const namedFieldTypes = new WeakMap<GraphQLSchema, Map<string, Map<string, GraphQLNamedType>>>();

function namedFieldType(schema: GraphQLSchema, typeName: string, fieldName: string): GraphQLNamedType {
  let types = namedFieldTypes.get(schema);
  if (!types) namedFieldTypes.set(schema, (types = new Map()));
  let fields = types.get(typeName);
  if (!fields) types.set(typeName, (fields = new Map()));
  let type = fields.get(fieldName);
  if (!type) {
    type = getNamedType((schema.getType(typeName) as GraphQLObjectType).getFields()[fieldName].type);
    fields.set(fieldName, type);
  }
  return type;
}

/** A representation carries leaves as they travel on the wire. */
function serialize(info: GraphQLResolveInfo, typeName: string, fieldName: string, value: unknown): unknown {
  const type = namedFieldType(info.schema, typeName, fieldName);
  const one = (item: unknown) =>
    item === null || item === undefined || !isLeafType(type) ? item : type.serialize(item);
  return Array.isArray(value) ? value.map(one) : one(value);
}

function forEachObject(value: unknown, type: GraphQLOutputType, enter: (entity: object) => unknown): unknown {
  if (isNonNullType(type)) return forEachObject(value, type.ofType, enter);
  if (value === null || typeof value !== 'object') return value;
  if (!isListType(type)) return enter(value);
  return Array.from(value as Iterable<unknown>, (item) => then(item, (one) => forEachObject(one, type.ofType, enter)));
}

const conditional = new WeakMap<object, boolean>();

/** Whether `@skip`/`@include` read a variable in this operation: a plan then holds for these variables only. */
function hasVariableConditions(info: GraphQLResolveInfo): boolean {
  let found = conditional.get(info.operation);
  if (found === undefined) {
    found = false;
    for (const node of [info.operation, ...Object.values(info.fragments)]) {
      visit(node, {
        Directive: (directive) =>
          void (directive.arguments?.some((arg) => arg.value.kind === Kind.VARIABLE) && (found = true)),
      });
    }
    conditional.set(info.operation, found);
  }
  return found;
}
