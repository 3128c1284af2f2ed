import { getNamedType, TypeInfo, visit, visitWithTypeInfo, type DocumentNode, type GraphQLSchema } from 'graphql';

const cache = new WeakMap<DocumentNode, ReadonlySet<string>>();

/**
 * Names of the output types an operation selects fields of, computed once per parsed document
 * (Apollo Server keeps parsed documents, so repeated operations hit the cache).
 */
export function selectedTypes(schema: GraphQLSchema, document: DocumentNode): ReadonlySet<string> {
  let types = cache.get(document);
  if (!types) {
    const found = new Set<string>();
    const typeInfo = new TypeInfo(schema);
    visit(
      document,
      visitWithTypeInfo(typeInfo, {
        Field() {
          const type = typeInfo.getType();
          if (type) found.add(getNamedType(type).name);
        },
      }),
    );
    types = found;
    cache.set(document, types);
  }
  return types;
}
