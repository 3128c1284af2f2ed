import type { DocumentNode, GraphQLSchema, OperationDefinitionNode } from 'graphql';

/**
 * Memoises `compile` per parsed document and operation name. Apollo Server hands every request of a document it has
 * seen the same DocumentNode, so what is derived from the operation alone is worked out once, not per request.
 */
export function perOperation<T>(
  compile: (schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode) => T,
): (schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode) => T {
  const byDocument = new WeakMap<DocumentNode, Map<string, T>>();
  return (schema, document, operation) => {
    let byOperation = byDocument.get(document);
    if (!byOperation) byDocument.set(document, (byOperation = new Map()));
    const key = operation.name?.value ?? '';
    if (!byOperation.has(key)) byOperation.set(key, compile(schema, document, operation));
    return byOperation.get(key) as T;
  };
}
