import { addResolversToSchema } from '@graphql-tools/schema';
import {
  GraphQLScalarType,
  GraphQLSchema,
  getNamedType,
  isAbstractType,
  isEnumType,
  isObjectType,
  isScalarType,
  isSpecifiedScalarType,
  parse,
  type GraphQLNamedType,
} from 'graphql';
import type { BuiltSubgraph } from '../build-subgraph';
import { type ComposedSupergraph, composeSupergraph } from '../compose';
import { JoinedType, type EntityStates } from './entity-glue';
import { readTopology, type DeclaredType, type FieldSource } from './topology';

/**
 * One executable schema for the whole graph: the composed API schema (so it exposes exactly what a router would)
 * wired to the subgraphs' own resolvers, joined where an object type spans subgraphs.
 */
export function createMergedSchema(
  subgraphs: readonly BuiltSubgraph[],
  composed: ComposedSupergraph = composeSupergraph(subgraphs),
): {
  schema: GraphQLSchema;
  supergraphSdl: string;
} {
  const { apiSchema, supergraphSdl } = composed;
  const roots = new Set([apiSchema.getQueryType(), apiSchema.getMutationType(), apiSchema.getSubscriptionType()]);
  const types = readTopology(subgraphs);
  const states: EntityStates = new WeakMap();
  const joined = new Map<string, JoinedType>();
  for (const type of types.values()) {
    const apiType = apiSchema.getType(type.name);
    if (type.subgraphs.length > 1 && !roots.has(apiType as never)) joined.set(type.name, new JoinedType(type, states));
  }
  for (const type of types.values()) {
    const apiType = apiSchema.getType(type.name);
    if (!isObjectType(apiType)) continue;
    for (const [fieldName, sources] of type.fields) {
      const apiField = apiType.getFields()[fieldName];
      const returned = apiField && joined.get(getNamedType(apiField.type).name);
      for (const [i, s] of sources.entries())
        if (returned) sources[i] = { ...s, resolve: returned.entering(s.subgraph, s.resolve) };
    }
  }
  const first = (typeName: string) => subgraphs.map((s) => s.resolvers[typeName]).find((entry) => entry !== undefined);
  const resolvers: Record<string, unknown> = {};
  for (const apiType of Object.values(apiSchema.getTypeMap())) {
    if (apiType.name.startsWith('__') || isSpecifiedScalarType(apiType as GraphQLNamedType)) continue;
    if (isAbstractType(apiType)) {
      const entity = apiSchema.getPossibleTypes(apiType).find((member) => joined.has(member.name));
      if (entity) throw new Error(`${apiType.name} includes the entity ${entity.name}: not executed in process`);
      resolvers[apiType.name] = { __resolveType: first(apiType.name)?.__resolveType };
    } else if (isScalarType(apiType) || isEnumType(apiType)) {
      resolvers[apiType.name] = first(apiType.name);
    } else if (isObjectType(apiType)) {
      const type = types.get(apiType.name) as DeclaredType;
      const join = joined.get(type.name);
      const fields: Record<string, unknown> = { __isTypeOf: join ? undefined : first(type.name)?.__isTypeOf };
      for (const fieldName of Object.keys(apiType.getFields())) {
        const direct = join ? directSource(type, fieldName) : type.fields.get(fieldName)?.[0];
        fields[fieldName] = direct ? direct.resolve : join?.field(fieldName);
      }
      resolvers[apiType.name] = fields;
    }
  }
  // A field left without a resolver reads its parent's property, which graphql-jit inlines.
  const defined = (entries: object) => Object.entries(entries).filter(([, value]) => value !== undefined);
  const wired = addResolversToSchema({
    schema: apiSchema,
    resolvers: Object.fromEntries(
      defined(resolvers).map(([name, entry]) => [
        name,
        entry instanceof GraphQLScalarType ? entry : Object.fromEntries(defined(entry)),
      ]),
    ),
  });
  return { schema: inSupergraphOrder(wired, supergraphSdl), supergraphSdl };
}

/**
 * The source answering a field of a joined type for every object, if one does: every subgraph the type's objects
 * come from resolves the field itself, without `@requires`, and alike (a single subgraph, or plain properties).
 */
function directSource(type: DeclaredType, fieldName: string): FieldSource | undefined {
  const sources = type.fields.get(fieldName) ?? [];
  const own = [...type.origins].map((origin) => sources.find((s) => s.subgraph === origin && !s.requires));
  if (own.length === 0 || own.some((source) => !source)) return undefined;
  return own.length === 1 || own.every((source) => !source?.resolve) ? own[0] : undefined;
}

/** A router lists types in its supergraph's order; declaring ours the same way makes introspections identical. */
function inSupergraphOrder(schema: GraphQLSchema, supergraphSdl: string): GraphQLSchema {
  const types = parse(supergraphSdl)
    .definitions.map((node) => ('name' in node && node.name ? schema.getType(node.name.value) : null))
    .filter((type): type is GraphQLNamedType => !!type);
  return new GraphQLSchema({ ...schema.toConfig(), types });
}
