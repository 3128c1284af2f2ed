import { getIntrospectionQuery } from 'graphql';
import { buildSubgraph } from '../../src/federation';
import { fixtureModules } from './fixtures';
import { ask, batchSummary, comparable, startInProcessServers } from './helpers';
import { PARITY_CASES } from './queries';

describe('merged executor and @apollo/gateway, in process', () => {
  let servers: Awaited<ReturnType<typeof startInProcessServers>>;

  beforeAll(async () => {
    servers = await startInProcessServers(fixtureModules.map(buildSubgraph));
  });

  afterAll(async () => {
    await servers.stop();
  });

  it.each(PARITY_CASES)('answer identically: $name', async ({ query, variables }) => {
    const fromGateway = await ask(servers.gateway, query, variables);
    const fromMerged = await ask(servers.merged, query, variables);

    expect(comparable(fromMerged.body)).toEqual(comparable(fromGateway.body));
    expect(fromMerged.status).toEqual(fromGateway.status);
    // Both did the same loads in as many batches: same references, same batching.
    expect(batchSummary(fromMerged.batches)).toEqual(batchSummary(fromGateway.batches));
  });

  it('cover data and errors both, so the comparison is not vacuous', async () => {
    const answers = await Promise.all(
      PARITY_CASES.map(({ query, variables }) => ask(servers.merged, query, variables)),
    );
    const codes = new Set(
      answers.flatMap((answer) => (answer.body.errors ?? []).map((error) => error.extensions?.code)),
    );
    expect(codes).toEqual(new Set(['INTERNAL_SERVER_ERROR', 'CATEGORY_UNAVAILABLE', 'NOT_FOUND', 'BAD_USER_INPUT']));
    expect(answers.filter((answer) => answer.body.data).length).toBeGreaterThan(PARITY_CASES.length - 3);
  });

  it('expose the same API schema', async () => {
    const query = getIntrospectionQuery({ descriptions: true, specifiedByUrl: true });
    const fromGateway = await ask(servers.gateway, query);
    const fromMerged = await ask(servers.merged, query);
    expect(fromMerged.body.errors).toBeUndefined();
    expect(JSON.stringify(fromMerged.body.data)).toEqual(JSON.stringify(fromGateway.body.data));
  });

  it('batch each reference loader once per request on the merged path', async () => {
    const answer = await ask(
      servers.merged,
      '{ items { id rankInCategory category { label itemCount(minPrice: 1) } } }',
    );

    // Six items in four categories: one batch per loader, each key once.
    expect(answer.batches.map((batch) => batch.loader).sort()).toEqual(['refs.Category', 'stats.Category']);
    for (const batch of answer.batches)
      expect([...batch.keys].sort()).toEqual(['cursed', 'food', 'tools', 'uncharted']);
    expect((answer.body.data as { items: unknown[] }).items).toHaveLength(6);
  });

  it('keep one set of loaders per request', async () => {
    const query = '{ items(category: "food") { category { label } } }';
    const [first, second] = await Promise.all([ask(servers.merged, query), ask(servers.merged, query)]);
    expect(first.batches).toEqual([{ loader: 'refs.Category', keys: ['food'] }]);
    expect(second.batches).toEqual([{ loader: 'refs.Category', keys: ['food'] }]);
  });

  it('differ only in where a null reference under a non-null field is reported', async () => {
    // The gateway nulls the entity silently (or under extensions.valueCompletion); graphql-js
    // reports the non-null violation as an error. The data is the same.
    const query = '{ items(category: "uncharted") { id category { code label } } }';
    const fromGateway = await ask(servers.gateway, query);
    const fromMerged = await ask(servers.merged, query);

    expect(JSON.stringify(fromMerged.body.data)).toEqual(JSON.stringify(fromGateway.body.data));
    expect(fromMerged.body.data).toEqual({ items: [{ id: 'i5', category: null }] });
    expect(fromGateway.body.errors).toBeUndefined();
    expect(comparable(fromMerged.body).errors).toEqual([
      {
        message: 'Cannot return null for non-nullable field Category.label.',
        path: ['items', 0, 'category', 'label'],
        code: 'INTERNAL_SERVER_ERROR',
      },
    ]);
  });
});
