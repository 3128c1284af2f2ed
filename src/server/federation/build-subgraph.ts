import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLSchemaModule } from '@apollo/subgraph/dist/buildSubgraphSchema';
import { parse, type GraphQLSchema } from 'graphql';
import { buildSchemaSync, createResolversMap, getMetadataStorage } from 'type-graphql';
import type { SubgraphModule } from '../../graph/subgraph';
import { printSubgraphSdl } from './subgraph-sdl';

export interface BuiltSubgraph {
  readonly name: string;
  /** The published Federation 2 SDL (what composition and `schema/<name>.graphql` see). */
  readonly sdl: string;
  /** The executable subgraph schema, with `_entities` and `_service`. */
  readonly schema: GraphQLSchema;
}

/**
 * Turns one domain's type-graphql classes into a Federation 2 subgraph. The resolvers and the
 * reference resolvers are handed to `buildSubgraphSchema` together: attaching them afterwards
 * loses `__resolveReference`.
 */
export function buildSubgraph<TContext>(module: SubgraphModule<TContext>): BuiltSubgraph {
  forgetCachedFieldLists();
  const classSchema = buildSchemaSync({
    resolvers: module.resolvers,
    orphanedTypes: [...(module.orphanedTypes ?? []), ...extendedObjectTypes(module.resolvers)],
    // Entity stubs and `@external` fields make a subgraph schema incomplete on its own.
    skipCheck: true,
    // Arguments are checked by the resolvers themselves, with messages and codes of their own; class-validator
    // would only add a wrapper to every resolver call (and a 90 ms lazy load on the first one).
    validate: false,
  });
  const sdl = printSubgraphSdl(classSchema);
  const resolvers = withReferenceResolvers(module, classSchema);
  const schema = buildSubgraphSchema([{ typeDefs: parse(sdl), resolvers: resolvers as SubgraphResolvers }]);
  return { name: module.name, sdl, schema };
}

type SubgraphResolvers = NonNullable<GraphQLSchemaModule['resolvers']>;
type ResolverMap = Record<string, object>;

function withReferenceResolvers<TContext>(module: SubgraphModule<TContext>, classSchema: GraphQLSchema): ResolverMap {
  const resolvers = createResolversMap(classSchema) as ResolverMap;
  for (const [typeName, resolveReference] of Object.entries(module.referenceResolvers)) {
    if (!classSchema.getType(typeName)) {
      throw new Error(`Subgraph ${module.name} has a reference resolver for ${typeName}, a type it does not declare`);
    }
    resolvers[typeName] = {
      ...resolvers[typeName],
      __resolveReference: (reference: Record<string, unknown>, context: TContext) =>
        resolveReference(reference, context),
    };
  }
  // type-graphql wraps every `resolveType` in an async function, while graphql-jit calls it synchronously: hand the
  // schema the declared (synchronous) function, answering a type name.
  for (const declared of getMetadataStorage().interfaceTypes) {
    const resolveType = declared.resolveType as ((...args: unknown[]) => unknown) | undefined;
    if (!resolveType || !classSchema.getType(declared.name)) continue;
    resolvers[declared.name] = {
      ...resolvers[declared.name],
      __resolveType: (...args: unknown[]) => {
        const resolved = resolveType(...args);
        return typeof resolved === 'function' ? resolved.name : resolved;
      },
    };
  }
  return resolvers;
}

/**
 * The object types that the module's resolver classes add fields to. type-graphql silently drops
 * a type no Query reaches, which would drop an entity this subgraph only extends; declaring them
 * orphaned keeps them.
 */
function extendedObjectTypes(resolvers: readonly Function[]): Function[] {
  const storage = getMetadataStorage();
  const extending = new Set(
    storage.fieldResolvers.filter((field) => resolvers.includes(field.target)).map((field) => field.target),
  );
  return storage.resolverClasses
    .filter((resolverClass) => extending.has(resolverClass.target))
    .map((resolverClass) => resolverClass.getObjectType() as Function);
}

/**
 * type-graphql caches each class's field list on metadata that every build shares, and a field
 * resolver appends its field to that list: a class used by two subgraphs would then publish the
 * other subgraph's fields, depending on build order. Dropping the cached lists makes each build
 * start from the classes' own fields.
 */
function forgetCachedFieldLists(): void {
  const storage = getMetadataStorage();
  for (const definition of [...storage.objectTypes, ...storage.interfaceTypes]) {
    definition.fields = undefined;
  }
}
