import { addResolversToSchema } from '@graphql-tools/schema';
import {
  GraphQLScalarType,
  GraphQLSchema,
  Kind,
  getNamedType,
  isAbstractType,
  isEnumType,
  isObjectType,
  isScalarType,
  isSpecifiedScalarType,
  parse,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
} from 'graphql';
import type { BuiltSubgraph } from '../build-subgraph';
import { composeApiSchema } from '../compose-supergraph';
import { EntityGlue } from './entity-glue';
import { analyzeSubgraphs, type FieldSource, type SubgraphTopology } from './subgraph-topology';

export interface MergedSchema {
  /** One executable schema answering the supergraph's API in process. */
  readonly schema: GraphQLSchema;
  readonly supergraphSdl: string;
}

type Resolvers = Record<string, Record<string, unknown> | GraphQLScalarType>;

/**
 * One executable schema from the executable subgraph schemas: the composed API schema (so both
 * executors expose exactly the same types) wired to the subgraphs' own resolvers, with the
 * reference glue between subgraphs.
 */
export function createMergedSchema(subgraphs: readonly BuiltSubgraph[]): MergedSchema {
  const { apiSchema, supergraphSdl } = composeApiSchema(subgraphs);
  const topology = analyzeSubgraphs(subgraphs);
  const glue = new EntityGlue(topology);
  const resolvers: Resolvers = {};

  for (const type of Object.values(apiSchema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    if (isObjectType(type)) {
      const fields = objectResolvers(apiSchema, type, topology, glue);
      if (Object.keys(fields).length > 0) resolvers[type.name] = fields;
    } else if (isScalarType(type)) {
      if (isSpecifiedScalarType(type)) continue;
      const scalar = fromFirstSubgraph(topology, type.name, (entry) =>
        entry instanceof GraphQLScalarType ? entry : undefined,
      );
      if (scalar) resolvers[type.name] = scalar;
    } else if (isEnumType(type)) {
      const values = fromFirstSubgraph(topology, type.name, (entry) =>
        entry instanceof GraphQLScalarType ? undefined : entry,
      );
      if (values) resolvers[type.name] = values;
    } else if (isAbstractType(type)) {
      const resolveType = fromFirstSubgraph(
        topology,
        type.name,
        (entry) => (entry as Record<string, unknown>).__resolveType,
      );
      if (resolveType) resolvers[type.name] = { __resolveType: resolveType };
    }
  }

  const wired = addResolversToSchema({ schema: apiSchema, resolvers: resolvers as never });
  return { schema: inSupergraphOrder(wired, supergraphSdl), supergraphSdl };
}

/**
 * A router builds its API schema from the supergraph SDL, so its introspection lists types in
 * the SDL's order; declaring ours in the same order makes both introspections identical.
 */
function inSupergraphOrder(schema: GraphQLSchema, supergraphSdl: string): GraphQLSchema {
  const types = parse(supergraphSdl)
    .definitions.filter(
      (definition) => definition.kind !== Kind.SCHEMA_DEFINITION && 'name' in definition && definition.name,
    )
    .map((definition) => schema.getType((definition as { name: { value: string } }).name.value))
    .filter((type): type is GraphQLNamedType => type !== undefined && type !== null);
  return new GraphQLSchema({ ...schema.toConfig(), types });
}

function objectResolvers(
  apiSchema: GraphQLSchema,
  type: GraphQLObjectType,
  topology: SubgraphTopology,
  glue: EntityGlue,
): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  const joined = topology.joinedTypes.get(type.name);
  const declaring = topology.declaringSubgraphs(type.name);
  if (declaring.length === 1) {
    const isTypeOf = (topology.resolvers.get(declaring[0])?.[type.name] as Record<string, unknown> | undefined)
      ?.__isTypeOf;
    if (isTypeOf) result.__isTypeOf = isTypeOf;
  }
  for (const field of Object.values(type.getFields())) {
    const sources = topology
      .fieldSources(type.name, field.name)
      .map((source) => withEntering(apiSchema, source, field, topology, glue));
    if (sources.length === 0) continue;
    const resolve = joined ? glue.joinedField(joined, field.name, sources) : sources[0].resolve;
    if (resolve) result[field.name] = resolve;
  }
  return result;
}

/** Makes the source's resolver hand the entities it returns to the glue. */
function withEntering(
  apiSchema: GraphQLSchema,
  source: FieldSource,
  field: GraphQLField<unknown, unknown>,
  topology: SubgraphTopology,
  glue: EntityGlue,
): FieldSource {
  const returned = getNamedType(field.type);
  const joined = topology.joinedTypes.get(returned.name);
  if (joined) return { ...source, resolve: glue.entering(source.subgraph, joined, source.resolve) };
  if (isAbstractType(returned)) {
    const joinedMember = apiSchema.getPossibleTypes(returned).find((member) => topology.joinedTypes.has(member.name));
    if (joinedMember) {
      throw new Error(
        `${field.name} returns ${returned.name}, which includes the federated type ${joinedMember.name}: ` +
          'abstract types over entities are not supported in process',
      );
    }
  }
  return source;
}

function fromFirstSubgraph<T>(
  topology: SubgraphTopology,
  typeName: string,
  pick: (entry: Record<string, unknown> | GraphQLScalarType) => T | undefined,
): T | undefined {
  for (const subgraph of topology.subgraphNames) {
    const entry = topology.resolvers.get(subgraph)?.[typeName] as
      | Record<string, unknown>
      | GraphQLScalarType
      | undefined;
    const picked = entry === undefined ? undefined : pick(entry);
    if (picked !== undefined) return picked;
  }
  return undefined;
}
