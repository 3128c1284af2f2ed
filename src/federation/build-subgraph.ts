import { buildSubgraphSchema } from '@apollo/subgraph';
import { getDocumentNodeFromSchema } from '@graphql-tools/utils';
import { Kind, parse, print, visit, type DefinitionNode, type DocumentNode, type GraphQLSchema } from 'graphql';
import { buildSchemaSync, createResolversMap, getMetadataStorage } from 'type-graphql';
import { assertExecutableSubset, federationLink } from './federation-spec';
import type { ReferenceResolver, SubgraphDefinition, WarmUp } from './subgraph-definition';

/** A resolver map as read back from type-graphql: type name → field name → `{ resolve }`, or a scalar, or enum values. */
export type ResolverMap = Record<string, Record<string, unknown>>;

export interface BuiltSubgraph {
  readonly name: string;
  /** The published Federation 2 SDL (what composition and `schema/<name>.graphql` see). */
  readonly sdl: string;
  /** The executable subgraph schema, with `_entities` and `_service`, for a subgraph server or @apollo/gateway. */
  readonly schema: GraphQLSchema;
  /** What the in-process executor runs: the subgraph's resolvers and reference resolvers. */
  readonly resolvers: ResolverMap;
  readonly referenceResolvers: Readonly<Record<string, ReferenceResolver<never>>>;
  readonly warmUp?: WarmUp<never>;
}

type SubgraphSchemaModule = Exclude<
  Extract<Parameters<typeof buildSubgraphSchema>[0], unknown[]>[number],
  DocumentNode
>;

/**
 * Turns one subgraph's type-graphql classes into a Federation 2 subgraph, refusing at once what the in-process
 * runtime does not execute. Resolvers and reference resolvers go to `buildSubgraphSchema` together: attaching them
 * afterwards loses `__resolveReference`.
 */
export function buildSubgraph<TContext>(definition: SubgraphDefinition<TContext>): BuiltSubgraph {
  forgetCachedFieldLists();
  const classSchema = buildSchemaSync({
    resolvers: definition.resolvers,
    orphanedTypes: [...(definition.orphanedTypes ?? []), ...extendedObjectTypes(definition.resolvers)],
    // Entity stubs and `@external` fields make a subgraph schema incomplete on its own.
    skipCheck: true,
    // Resolvers check their arguments with codes of their own; class-validator would wrap every resolver call.
    validate: false,
  });
  const sdl = printSubgraphSdl(classSchema);
  assertExecutableSubset(definition.name, parse(sdl));
  const resolvers = withSynchronousResolveType(classSchema, createResolversMap(classSchema) as ResolverMap);
  const withReferences: ResolverMap = { ...resolvers };
  for (const [typeName, resolveReference] of Object.entries(definition.referenceResolvers)) {
    if (!classSchema.getType(typeName)) {
      throw new Error(
        `Subgraph ${definition.name} has a reference resolver for ${typeName}, a type it does not declare`,
      );
    }
    withReferences[typeName] = { ...resolvers[typeName], __resolveReference: resolveReference };
  }
  const schema = buildSubgraphSchema([
    { typeDefs: parse(sdl), resolvers: withReferences as SubgraphSchemaModule['resolvers'] },
  ]);
  return {
    name: definition.name,
    sdl,
    schema,
    resolvers,
    referenceResolvers: definition.referenceResolvers as BuiltSubgraph['referenceResolvers'],
    warmUp: definition.warmUp as BuiltSubgraph['warmUp'],
  };
}

/**
 * The SDL: a `@link` importing exactly the federation directives used, then every definition in a fixed order (root
 * types, then by name) so that the published file changes only when the graph does. type-graphql always declares the
 * root types, empty ones included, and a schema block naming them: both are left out.
 */
function printSubgraphSdl(schema: GraphQLSchema): string {
  const document = getDocumentNodeFromSchema(schema);
  const written: string[] = [];
  visit(document, { Directive: (node) => void written.push(node.name.value) });
  const definitions = document.definitions
    .filter(
      (definition) =>
        definition.kind !== Kind.SCHEMA_DEFINITION &&
        !(
          definition.kind === Kind.OBJECT_TYPE_DEFINITION &&
          ROOTS.includes(definition.name.value) &&
          !definition.fields?.length
        ),
    )
    .sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : 1));
  return `${federationLink(written)}\n\n${print({ kind: Kind.DOCUMENT, definitions })}\n`;
}

const ROOTS = ['Query', 'Mutation', 'Subscription'];

function sortKey(definition: DefinitionNode): string {
  const name = 'name' in definition && definition.name ? definition.name.value : '';
  if (definition.kind === Kind.DIRECTIVE_DEFINITION) return `1 ${name}`;
  return ROOTS.includes(name) ? `2 ${ROOTS.indexOf(name)}` : `3 ${name}`;
}

/**
 * The object types the resolver classes add fields to: type-graphql drops a type no Query reaches, which would drop
 * an entity this subgraph only extends.
 */
function extendedObjectTypes(resolvers: readonly Function[]): Function[] {
  const storage = getMetadataStorage();
  const extending = new Set(
    storage.fieldResolvers.filter((field) => resolvers.includes(field.target)).map((f) => f.target),
  );
  return storage.resolverClasses
    .filter((resolverClass) => extending.has(resolverClass.target))
    .map((resolverClass) => resolverClass.getObjectType() as Function);
}

/**
 * type-graphql caches each class's field list on metadata every build shares, and a field resolver appends its field
 * to it: a class used by two subgraphs would publish the other's fields. Each build starts from the classes' own.
 */
function forgetCachedFieldLists(): void {
  const storage = getMetadataStorage();
  for (const definition of [...storage.objectTypes, ...storage.interfaceTypes]) definition.fields = undefined;
}

/**
 * type-graphql wraps every interface's `resolveType` in an async function, while graphql-jit calls it synchronously:
 * hand both executors the declared (synchronous) function, answering a type name.
 */
function withSynchronousResolveType(classSchema: GraphQLSchema, resolvers: ResolverMap): ResolverMap {
  const patched: ResolverMap = { ...resolvers };
  for (const declared of getMetadataStorage().interfaceTypes) {
    const resolveType = declared.resolveType as ((...args: unknown[]) => unknown) | undefined;
    if (!resolveType || !classSchema.getType(declared.name)) continue;
    patched[declared.name] = {
      ...patched[declared.name],
      __resolveType: (...args: unknown[]) => {
        const resolved = resolveType(...args);
        return typeof resolved === 'function' ? resolved.name : resolved;
      },
    };
  }
  return patched;
}
