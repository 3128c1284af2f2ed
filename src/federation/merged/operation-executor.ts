import { GraphQLError, execute, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { LRUCache } from 'lru-cache';

export interface OperationRequest {
  readonly document: DocumentNode;
  /** The operation text, which with the operation name identifies a compiled operation. */
  readonly source: string;
  readonly operationName?: string | null;
  readonly variables?: Record<string, unknown>;
  readonly context: unknown;
}

export type CompileOperation = (
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
) => CompiledQuery | ExecutionResult;

export interface OperationExecutorOptions {
  /** How many compiled operations to keep; a client usually sends a few dozen distinct ones. */
  readonly cacheSize?: number;
  /** The compiler, graphql-jit's unless replaced. */
  readonly compile?: CompileOperation;
}

type Compiled = { readonly kind: 'jit'; readonly query: CompiledQuery } | { readonly kind: 'graphql-js' };

/**
 * Executes operations compiled once by graphql-jit, falling back to graphql-js for operations
 * jit refuses to compile. Errors are handed back as graphql-js `GraphQLError`s either way.
 */
export function createOperationExecutor(
  schema: GraphQLSchema,
  options: OperationExecutorOptions = {},
): (request: OperationRequest) => Promise<ExecutionResult> {
  const compile =
    options.compile ?? ((target, document, operationName) => compileQuery(target, document, operationName));
  const compiled = new LRUCache<string, Compiled>({ max: options.cacheSize ?? 1000 });

  const compiledFor = (request: OperationRequest): Compiled => {
    const key = `${request.operationName ?? ''}\n${request.source}`;
    let entry = compiled.get(key);
    if (!entry) {
      entry = compileOrFallBack(compile, schema, request.document, request.operationName ?? undefined);
      compiled.set(key, entry);
    }
    return entry;
  };

  const executeWithGraphQLJs = (request: OperationRequest): Promise<ExecutionResult> =>
    Promise.resolve(
      execute({
        schema,
        document: request.document,
        operationName: request.operationName,
        variableValues: request.variables,
        contextValue: request.context,
      }),
    );

  return async (request) => {
    const entry = compiledFor(request);
    if (entry.kind === 'graphql-js') return executeWithGraphQLJs(request);
    const result = await entry.query.query(undefined, request.context, request.variables ?? {});
    // No `data` means nothing ran: the variables were refused. graphql-js reports that with the
    // variable's AST node, which Apollo Server needs to answer 400 BAD_USER_INPUT.
    if (!('data' in result)) return executeWithGraphQLJs(request);
    return result.errors ? { ...result, errors: result.errors.map(asGraphQLError) } : result;
  };
}

function compileOrFallBack(
  compile: CompileOperation,
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
): Compiled {
  try {
    const result = compile(schema, document, operationName);
    if (isCompiledQuery(result)) return { kind: 'jit', query: result };
  } catch {
    // graphql-js executes what jit cannot compile; its own errors, if any, are the ones to report.
  }
  return { kind: 'graphql-js' };
}

/**
 * graphql-jit builds its own error objects, whose `extensions` is undefined when the thrown
 * error had none; Apollo Server's error formatting then fails and hides the message. Rebuild
 * each as a graphql-js error keeping message, locations, path, original error and extensions.
 */
export function asGraphQLError(error: GraphQLError): GraphQLError {
  if (error.constructor === GraphQLError && error.extensions) return error;
  const original = error.originalError ?? undefined;
  const rebuilt = new GraphQLError(error.message, {
    path: error.path,
    originalError: original,
    extensions: error.extensions ?? undefined,
  });
  if (error.locations) Object.assign(rebuilt, { locations: error.locations });
  return rebuilt;
}
