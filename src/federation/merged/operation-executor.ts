import {
  GraphQLError,
  TypeInfo,
  execute,
  getNamedType,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { LRUCache } from 'lru-cache';
import type { WarmUpRequest } from '../subgraph-definition';
import { afterThisTurn } from './after-this-turn';

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
  /** The compiler, graphql-jit's unless replaced; `false` executes every operation with graphql-js. */
  readonly compile?: CompileOperation | false;
  /** Called once each execution waits on I/O, with the types the operation selects (see `SubgraphDefinition.warmUp`). */
  readonly warmUp?: (request: WarmUpRequest<unknown>) => void;
}

interface Compiled {
  /** Absent when graphql-js executes the operation. */
  readonly query?: CompiledQuery;
  readonly selectedTypes: ReadonlySet<string>;
}

/**
 * Executes operations compiled once by graphql-jit, falling back to graphql-js for what jit refuses to compile.
 * Errors come back as graphql-js `GraphQLError`s either way.
 */
export function createOperationExecutor(
  schema: GraphQLSchema,
  options: OperationExecutorOptions = {},
): (request: OperationRequest) => Promise<ExecutionResult> {
  const { compile = compileQuery, warmUp } = options;
  const compiled = new LRUCache<string, Compiled>({ max: options.cacheSize ?? 1000 });
  const withGraphQLJs = async (request: OperationRequest): Promise<ExecutionResult> =>
    execute({
      schema,
      document: request.document,
      operationName: request.operationName,
      variableValues: request.variables,
      contextValue: request.context,
    });

  const run = async (entry: Compiled, request: OperationRequest): Promise<ExecutionResult> => {
    if (!entry.query) return withGraphQLJs(request);
    const result = await entry.query.query(undefined, request.context, request.variables ?? {});
    // No `data`: nothing ran, the variables were refused. graphql-js reports that with the variable's AST node,
    // which Apollo Server needs to answer 400 BAD_USER_INPUT.
    if (!('data' in result)) return withGraphQLJs(request);
    return result.errors ? { ...result, errors: result.errors.map(asGraphQLError) } : result;
  };

  // Apollo Server hands every request of a document it has kept the same DocumentNode: found by identity, an
  // operation costs no key built from its text. The text-keyed LRU still serves a document parsed again.
  const byDocument = new WeakMap<DocumentNode, Map<string, Compiled>>();
  const compiledFor = (request: OperationRequest): Compiled => {
    const operationName = request.operationName ?? '';
    let forDocument = byDocument.get(request.document);
    if (!forDocument) byDocument.set(request.document, (forDocument = new Map()));
    let entry = forDocument.get(operationName);
    if (entry) return entry;
    const key = `${operationName}\n${request.source}`;
    entry = compiled.get(key);
    if (!entry) {
      const query = compile ? compileOrNot(compile, schema, request) : undefined;
      entry = { query, selectedTypes: selectedTypes(schema, request.document) };
      compiled.set(key, entry);
    }
    forDocument.set(operationName, entry);
    return entry;
  };

  return (request) => {
    const entry = compiledFor(request);
    const execution = run(entry, request);
    if (warmUp) {
      // Once the first turn of execution is over: a request refused by its resolvers' argument checks has finished
      // by then without waiting on anything, and warms nothing up.
      let finished = false;
      const finish = () => {
        finished = true;
      };
      execution.then(finish, finish);
      const { selectedTypes } = entry;
      afterThisTurn(() => finished || warmUp({ selectedTypes, context: request.context }));
    }
    return execution;
  };
}

function compileOrNot(compile: CompileOperation, schema: GraphQLSchema, request: OperationRequest) {
  try {
    const result = compile(schema, request.document, request.operationName ?? undefined);
    return isCompiledQuery(result) ? result : undefined;
  } catch {
    // graphql-js executes what jit cannot compile; its own errors, if any, are the ones to report.
    return undefined;
  }
}

/** Names of the output types an operation selects anywhere, fragments included. */
function selectedTypes(schema: GraphQLSchema, document: DocumentNode): ReadonlySet<string> {
  const typeInfo = new TypeInfo(schema);
  const names = new Set<string>();
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field() {
        const type = typeInfo.getType();
        if (type) names.add(getNamedType(type).name);
      },
    }),
  );
  return names;
}

/**
 * graphql-jit builds its own errors, whose `extensions` is undefined when the thrown error had none; Apollo Server's
 * error formatting then fails and hides the message. Rebuild each as a graphql-js error keeping message, locations,
 * path, original error and extensions.
 */
export function asGraphQLError(error: GraphQLError): GraphQLError {
  if (error.constructor === GraphQLError && error.extensions) return error;
  const rebuilt = new GraphQLError(error.message, {
    path: error.path,
    originalError: error.originalError ?? undefined,
    extensions: error.extensions ?? undefined,
  });
  if (error.locations) Object.assign(rebuilt, { locations: error.locations });
  return rebuilt;
}
