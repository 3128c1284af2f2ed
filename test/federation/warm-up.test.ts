import { ApolloServer } from '@apollo/server';
import { buildSubgraph, createMergedGateway } from '../../src/federation';
import { fixtureModules, type FixtureContext } from './fixtures';
import { ask, serverOptions } from './helpers';

describe('warm-up hooks of the merged executor', () => {
  const [catalog, refs, stats] = fixtureModules;
  // refs asks to hear about each request, and records what it was told where resolvers record their loads.
  const warmingRefs = {
    ...refs,
    warmUp: ({ selectedTypes, context }: { selectedTypes: ReadonlySet<string>; context: FixtureContext }) => {
      context.batches.push({ loader: 'refs warm-up', keys: [...selectedTypes].sort() });
    },
  };
  let server: ApolloServer<FixtureContext>;

  beforeAll(async () => {
    const subgraphs = [catalog, warmingRefs, stats].map(buildSubgraph);
    server = new ApolloServer<FixtureContext>({ gateway: createMergedGateway(subgraphs), ...serverOptions() });
    await server.start();
  });

  afterAll(async () => {
    await server.stop();
  });

  it('run once per request before any resolver, with the types the operation selects, fragments included', async () => {
    const query = 'query Q { items(category: "food") { ...Bits } } fragment Bits on Item { id category { label } }';
    for (let run = 0; run < 2; run++) {
      const { batches, body } = await ask(server, query);
      expect(body.errors).toBeUndefined();
      expect(batches[0]).toEqual({ loader: 'refs warm-up', keys: ['Category', 'ID', 'Item', 'String'] });
      expect(batches.slice(1).map((batch) => batch.loader)).toEqual(['refs.Category']);
    }
  });

  it('see only what this operation selects', async () => {
    const { batches } = await ask(server, '{ priciestItems(limit: 1) { id } }');
    expect(batches).toEqual([{ loader: 'refs warm-up', keys: ['ID', 'Item'] }]);
  });
});
