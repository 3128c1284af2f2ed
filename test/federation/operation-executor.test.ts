import { ApolloServer } from '@apollo/server';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { GraphQLError, parse, type DocumentNode, type GraphQLSchema } from 'graphql';
import { compileQuery } from 'graphql-jit';
import { buildSubgraph } from '../../src/federation';
import { createMergedGateway } from '../../src/federation';
import { asGraphQLError, createOperationExecutor, type CompileOperation } from '../../src/federation';
import { fixtureModules, type FixtureContext } from './fixtures';
import { ask, batchSummary, comparable, serverOptions } from './helpers';
import { PARITY_CASES } from './queries';

function countingCompiler(): { compile: CompileOperation; calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    compile: (schema, document, operationName) => {
      calls.push(operationName ?? '');
      return compileQuery(schema, document, operationName);
    },
  };
}

const refusingCompiler: CompileOperation = () => {
  throw new Error('this operation cannot be compiled');
};

describe('operation executor', () => {
  const subgraphs = fixtureModules.map(buildSubgraph);

  describe('through Apollo Server, jit and graphql-js answer alike', () => {
    let jit: ApolloServer<FixtureContext>;
    let graphqlJs: ApolloServer<FixtureContext>;

    beforeAll(async () => {
      jit = new ApolloServer<FixtureContext>({ gateway: createMergedGateway(subgraphs), ...serverOptions() });
      graphqlJs = new ApolloServer<FixtureContext>({
        gateway: createMergedGateway(subgraphs, { jit: false }),
        ...serverOptions(),
      });
      await Promise.all([jit.start(), graphqlJs.start()]);
    });

    afterAll(async () => {
      await Promise.all([jit.stop(), graphqlJs.stop()]);
    });

    it.each(PARITY_CASES)('$name', async ({ query, variables }) => {
      const fromJit = await ask(jit, query, variables);
      const fromGraphQLJs = await ask(graphqlJs, query, variables);
      expect(comparable(fromJit.body)).toEqual(comparable(fromGraphQLJs.body));
      // Locations too: jit errors are rebuilt with them.
      expect(fromJit.body.errors?.map((error) => error.locations)).toEqual(
        fromGraphQLJs.body.errors?.map((error) => error.locations),
      );
      expect(batchSummary(fromJit.batches)).toEqual(batchSummary(fromGraphQLJs.batches));
    });
  });

  describe('compiled operation cache', () => {
    const schema: GraphQLSchema = makeExecutableSchema({
      typeDefs: 'type Query { hello(name: String): String }',
      resolvers: { Query: { hello: (_root: unknown, { name }: { name?: string }) => `hello ${name ?? 'you'}` } },
    });
    const request = (source: string, operationName?: string, variables?: Record<string, unknown>) => ({
      document: parse(source),
      source,
      operationName,
      variables,
      context: {},
    });

    it('compiles each operation text and name once', async () => {
      const { compile, calls } = countingCompiler();
      const run = createOperationExecutor(schema, { compile });
      const twoOperations = 'query A { hello } query B($name: String) { hello(name: $name) }';

      expect(await run(request(twoOperations, 'A'))).toEqual({ data: { hello: 'hello you' } });
      expect(await run(request(twoOperations, 'B', { name: 'Ada' }))).toEqual({ data: { hello: 'hello Ada' } });
      expect(await run(request(twoOperations, 'B', { name: 'Grace' }))).toEqual({ data: { hello: 'hello Grace' } });
      expect(calls).toEqual(['A', 'B']);
    });

    it('evicts the least recently used operation beyond its size', async () => {
      const { compile, calls } = countingCompiler();
      const run = createOperationExecutor(schema, { compile, cacheSize: 1 });
      await run(request('query A { hello }', 'A'));
      await run(request('query B { hello }', 'B'));
      await run(request('query A { hello }', 'A'));
      expect(calls).toEqual(['A', 'B', 'A']);
    });

    it('finds a document it has seen by identity, and one parsed again by its text', async () => {
      const { compile, calls } = countingCompiler();
      const run = createOperationExecutor(schema, { compile, cacheSize: 1 });
      const source = 'query A { hello }';
      const kept = request(source, 'A');
      await run(kept);
      await run(request('query B { hello }', 'B'));
      // B pushed A's text out of the LRU; the document Apollo keeps still finds its compiled operation.
      expect(await run(kept)).toEqual({ data: { hello: 'hello you' } });
      expect(calls).toEqual(['A', 'B']);
      await run(request(source, 'A'));
      expect(calls).toEqual(['A', 'B', 'A']);
    });

    it('falls back to graphql-js when jit throws or answers with errors', async () => {
      const answersWithErrors: CompileOperation = () => ({ errors: [new GraphQLError('not compilable')] });
      for (const compile of [refusingCompiler, answersWithErrors]) {
        const run = createOperationExecutor(schema, { compile });
        const document: DocumentNode = parse('{ hello(name: "Lin") }');
        expect(await run({ document, source: '{ hello(name: "Lin") }', context: {} })).toEqual({
          data: { hello: 'hello Lin' },
        });
      }
    });

    it('reports refused variables as graphql-js does, with the variable node Apollo Server needs', async () => {
      const run = createOperationExecutor(schema);
      const source = 'query ($name: String!) { hello(name: $name) }';
      const result = await run({ document: parse(source), source, variables: { name: 42 }, context: {} });
      expect(result.data).toBeUndefined();
      expect(result.errors?.[0]).toBeInstanceOf(GraphQLError);
      expect(result.errors?.[0].nodes?.[0]?.kind).toBe('VariableDefinition');
      expect(result.errors?.[0].message).toBe(
        'Variable "$name" got invalid value 42; String cannot represent a non string value: 42',
      );
    });
  });

  describe('asGraphQLError', () => {
    it('rebuilds a jit error, keeping message, path, locations, extensions and the original error', () => {
      const original = new GraphQLError('Nope', { extensions: { code: 'NOT_FOUND' } });
      const jitLike = Object.assign(Object.create(GraphQLError.prototype) as GraphQLError, {
        message: 'Nope',
        path: ['item'],
        locations: [{ line: 1, column: 3 }],
        originalError: original,
        extensions: undefined,
      });
      const rebuilt = asGraphQLError(jitLike);
      expect(rebuilt).toBeInstanceOf(GraphQLError);
      expect(rebuilt.constructor).toBe(GraphQLError);
      expect(rebuilt.toJSON()).toEqual({
        message: 'Nope',
        path: ['item'],
        locations: [{ line: 1, column: 3 }],
        extensions: { code: 'NOT_FOUND' },
      });
      expect(rebuilt.originalError).toBe(original);
    });

    it('gives an error thrown without extensions empty extensions rather than none', () => {
      const jitLike = Object.assign(Object.create(GraphQLError.prototype) as GraphQLError, {
        message: 'boom',
        path: ['a', 0, 'b'],
        originalError: new Error('boom'),
        extensions: undefined,
      });
      expect(asGraphQLError(jitLike).extensions).toEqual({});
    });

    it('leaves graphql-js errors as they are', () => {
      const error = new GraphQLError('fine', { extensions: { code: 'X' } });
      expect(asGraphQLError(error)).toBe(error);
    });
  });
});
