import { Kind, parse, type GraphQLFieldResolver } from 'graphql';
import type { BuiltSubgraph } from '../build-subgraph';
import { argument, federationDirectives, fieldNames } from '../federation-spec';
import type { ReferenceResolver } from '../subgraph-definition';

export type FieldResolver = GraphQLFieldResolver<unknown, unknown>;

/** One subgraph's way to resolve one field. */
export interface FieldSource {
  readonly subgraph: string;
  readonly field: string;
  /** Absent when the subgraph reads the field as a plain property. */
  readonly resolve?: FieldResolver;
  /** The fields `@requires` asks for on the parent, and the field set as written (one view per distinct set). */
  readonly requires?: { readonly names: readonly string[]; readonly fields: string };
}

/** What the subgraphs declare about one object type (root types excepted). */
export interface DeclaredType {
  readonly name: string;
  /** Declaring subgraphs, in subgraph order. */
  readonly subgraphs: string[];
  /** Field name → the subgraphs resolving it (`@external` declarations left out). */
  readonly fields: Map<string, FieldSource[]>;
  /** Subgraph → its resolvable `@key` field: where a representation can enter. */
  readonly keys: Map<string, string>;
  readonly referenceResolvers: Map<string, ReferenceResolver<unknown>>;
  /** Subgraphs with fields returning this type: where its objects come from. */
  readonly origins: Set<string>;
}

/** Reads from the published SDLs who declares, keys, returns and resolves what. */
export function readTopology(subgraphs: readonly BuiltSubgraph[]): Map<string, DeclaredType> {
  const types = new Map<string, DeclaredType>();
  const declare = (name: string): DeclaredType => {
    let type = types.get(name);
    if (!type) {
      type = {
        name,
        subgraphs: [],
        fields: new Map(),
        keys: new Map(),
        referenceResolvers: new Map(),
        origins: new Set(),
      };
      types.set(name, type);
    }
    return type;
  };
  const returnedTypes: [string, string][] = [];
  for (const subgraph of subgraphs) {
    for (const definition of parse(subgraph.sdl).definitions) {
      if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION) continue;
      const type = declare(definition.name.value);
      type.subgraphs.push(subgraph.name);
      const [key] = federationDirectives(definition, 'key');
      if (key && argument(key, 'resolvable') !== false) type.keys.set(subgraph.name, String(argument(key, 'fields')));
      const reference = subgraph.referenceResolvers[type.name] as ReferenceResolver<unknown> | undefined;
      if (reference) type.referenceResolvers.set(subgraph.name, reference);
      for (const field of definition.fields ?? []) {
        returnedTypes.push([namedType(field.type), subgraph.name]);
        if (federationDirectives(field, 'external').length > 0) continue;
        const [requires] = federationDirectives(field, 'requires');
        const fields = requires && String(argument(requires, 'fields'));
        const sources = type.fields.get(field.name.value) ?? [];
        sources.push({
          subgraph: subgraph.name,
          field: field.name.value,
          resolve: resolverOf(subgraph.resolvers[type.name]?.[field.name.value]),
          requires: fields
            ? { fields, names: fieldNames(fields, `${type.name}.${field.name.value}`, { subFields: true }) }
            : undefined,
        });
        type.fields.set(field.name.value, sources);
      }
    }
  }
  for (const [typeName, subgraph] of returnedTypes) types.get(typeName)?.origins.add(subgraph);
  for (const type of types.values()) {
    if (new Set(type.keys.values()).size > 1) {
      throw new Error(`${type.name} is keyed on different fields across subgraphs; not executed in process`);
    }
  }
  return types;
}

function namedType(type: import('graphql').TypeNode): string {
  return type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type);
}

/** type-graphql maps a field to its resolver function, or to `{ resolve, subscribe }` for a subscription. */
function resolverOf(entry: unknown): FieldResolver | undefined {
  return typeof entry === 'function'
    ? (entry as FieldResolver)
    : (entry as { resolve?: FieldResolver } | undefined)?.resolve;
}
