import {
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLOutputType,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';
import type { Conversion, Supplier } from './entry-plan';
import { all, objectFromEntries, then, type MaybePromise } from './maybe-promise';
import type { FieldSource, SubgraphTopology } from './subgraph-topology';

/** An object as one subgraph sees it. */
export interface SubgraphObject {
  readonly subgraph: string;
  readonly value: unknown;
}

/**
 * Builds the representation a router would send to `_entities`: `__typename`, key and
 * `@requires` fields read through the resolvers of the subgraphs that own them, leaves
 * serialized as they would be on the wire.
 */
export function buildRepresentation(
  topology: SubgraphTopology,
  typeName: string,
  conversion: Conversion,
  supply: (supplier: Supplier) => SubgraphObject,
  context: unknown,
  info: GraphQLResolveInfo,
): MaybePromise<Record<string, unknown>> {
  const entries: [string, MaybePromise<unknown>][] = [['__typename', typeName]];
  for (const { node, supplier } of conversion.fields) {
    const fieldName = node.name.value;
    if (fieldName === '__typename') continue;
    const parent = supply(supplier);
    entries.push([fieldName, readField(topology, typeName, fieldName, parent, node.selectionSet, context, info)]);
  }
  return objectFromEntries(entries);
}

function readField(
  topology: SubgraphTopology,
  typeName: string,
  fieldName: string,
  parent: SubgraphObject,
  selectionSet: SelectionSetNode | undefined,
  context: unknown,
  info: GraphQLResolveInfo,
): MaybePromise<unknown> {
  if (parent.value === null || parent.value === undefined) return null;
  const field = objectField(info, typeName, fieldName);
  const source = topology.fieldSource(typeName, fieldName, parent.subgraph);
  const raw = readRaw(source, parent.value, fieldName, context, info);
  return then(raw, (value) => shape(topology, value, field.type, selectionSet, parent.subgraph, context, info));
}

function readRaw(
  source: FieldSource | undefined,
  parent: unknown,
  fieldName: string,
  context: unknown,
  info: GraphQLResolveInfo,
): MaybePromise<unknown> {
  if (source?.resolve) return source.resolve(parent, {}, context, info) as MaybePromise<unknown>;
  const value = (parent as Record<string, unknown>)[fieldName];
  return typeof value === 'function'
    ? (value as (...args: unknown[]) => unknown).call(parent, {}, context, info)
    : value;
}

function shape(
  topology: SubgraphTopology,
  value: unknown,
  type: GraphQLOutputType,
  selectionSet: SelectionSetNode | undefined,
  subgraph: string,
  context: unknown,
  info: GraphQLResolveInfo,
): MaybePromise<unknown> {
  if (isNonNullType(type)) return shape(topology, value, type.ofType, selectionSet, subgraph, context, info);
  if (value === null || value === undefined) return null;
  if (isListType(type)) {
    return all(
      Array.from(value as Iterable<unknown>, (item) =>
        then(item, (resolved) => shape(topology, resolved, type.ofType, selectionSet, subgraph, context, info)),
      ),
    );
  }
  if (isLeafType(type)) return type.serialize(value);
  if (!isObjectType(type) || !selectionSet) {
    throw new Error(`Field sets through ${String(type)} are not supported in process`);
  }
  return objectFromEntries(
    selectionSet.selections.map((selection) => {
      if (selection.kind !== 'Field') throw new Error(`Fragments in field sets are not supported in process`);
      const fieldName = selection.name.value;
      const entry: MaybePromise<unknown> =
        fieldName === '__typename'
          ? type.name
          : readField(topology, type.name, fieldName, { subgraph, value }, selection.selectionSet, context, info);
      return [fieldName, entry] as const;
    }),
  );
}

function objectField(info: GraphQLResolveInfo, typeName: string, fieldName: string) {
  const type = info.schema.getType(typeName);
  const field = isObjectType(type) ? type.getFields()[fieldName] : undefined;
  if (!field) throw new Error(`${typeName}.${fieldName} is not in the schema`);
  return field;
}
