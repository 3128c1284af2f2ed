import { setTimeout as sleep } from 'node:timers/promises';
import { ApolloServer } from '@apollo/server';
import { Int, Query, Resolver } from 'type-graphql';
import { buildSubgraph, createMergedGateway } from '../../src/federation';
import { fixtureModules, type FixtureContext } from './fixtures';
import { ask, serverOptions } from './helpers';

/** A root field that waits on I/O, as a resolver calling an upstream API does. */
@Resolver()
class ClockResolver {
  @Query(() => Int)
  async slowAnswer(): Promise<number> {
    await sleep(100);
    return 42;
  }
}

describe('warm-up hooks of the merged executor', () => {
  const [catalog, refs, stats] = fixtureModules;
  // refs asks to hear about each request, and records what it was told where resolvers record their loads.
  const warmingRefs = {
    ...refs,
    warmUp: ({ selectedTypes, context }: { selectedTypes: ReadonlySet<string>; context: FixtureContext }) => {
      context.batches.push({ loader: 'refs warm-up', keys: [...selectedTypes].sort() });
    },
  };
  const clock = { name: 'clock', resolvers: [ClockResolver] as [Function], referenceResolvers: {} };
  let server: ApolloServer<FixtureContext>;

  beforeAll(async () => {
    const subgraphs = [catalog, warmingRefs, stats, clock].map(buildSubgraph);
    server = new ApolloServer<FixtureContext>({ gateway: createMergedGateway(subgraphs), ...serverOptions() });
    await server.start();
  });

  afterAll(async () => {
    await server.stop();
  });

  it('run once per request waiting on I/O, with the types the operation selects, fragments included', async () => {
    const query =
      'query Q { slowAnswer items(category: "food") { ...Bits } } fragment Bits on Item { id category { label } }';
    for (let run = 0; run < 2; run++) {
      const { batches, body } = await ask(server, query);
      expect(body.errors).toBeUndefined();
      expect(batches.map((batch) => batch.loader).sort()).toEqual(['refs warm-up', 'refs.Category']);
      expect(batches.find((batch) => batch.loader === 'refs warm-up')?.keys).toEqual([
        'Category',
        'ID',
        'Int',
        'Item',
        'String',
      ]);
    }
  });

  it('do not run for a request that finished without waiting, such as one whose arguments were refused', async () => {
    const refused = await ask(server, '{ item(id: "missing") { id category { label } } }');
    expect(refused.body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(refused.batches).toEqual([]);
    const waiting = await ask(server, '{ slowAnswer }');
    expect(waiting.batches).toEqual([{ loader: 'refs warm-up', keys: ['Int'] }]);
  });
});
