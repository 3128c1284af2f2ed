import type { BaseContext } from '@apollo/server';
import { GraphQLError, type GraphQLSchema, Kind, type OperationTypeNode } from 'graphql';
import type { RequestFeature, RequestHooks } from './request-features';

const badRequest = (message: string, code: string) =>
  new GraphQLError(message, { extensions: { code, http: { status: 400 } } });

/**
 * Refuses, as 400s with precise codes, the operations the document cannot run: an `operationName` that names no
 * operation (the executor would otherwise answer neither data nor errors), and operation types the graph does not
 * serve (it has no mutations, and subscriptions are not served over HTTP).
 */
export const operationChecks: RequestFeature<BaseContext> = () => operationChecksHooks;

const operationChecksHooks: RequestHooks<BaseContext> = {
  didResolveOperation({ operation, request, document, schema }) {
    if (!operation) {
      const names = document.definitions.flatMap((definition) =>
        definition.kind === Kind.OPERATION_DEFINITION ? [definition.name?.value ?? '(anonymous)'] : [],
      );
      if (typeof request.operationName === 'string')
        throw badRequest(
          `No operation named "${request.operationName.slice(0, 100)}" in the document (it has ${names.join(', ') || 'none'}).`,
          'OPERATION_NOT_FOUND',
        );
      throw badRequest(
        'The document holds several operations: say which one to run with `operationName`.',
        'OPERATION_RESOLUTION_FAILURE',
      );
    }
    if (!rootTypeExists(schema, operation.operation)) {
      throw badRequest(
        operation.operation === 'subscription'
          ? 'Subscriptions are not served over HTTP (and this graph has none).'
          : `This graph has no ${operation.operation}s: it only reads.`,
        'OPERATION_NOT_SUPPORTED',
      );
    }
  },
};

function rootTypeExists(schema: GraphQLSchema, type: OperationTypeNode): boolean {
  return Boolean(schema.getRootType(type));
}
