import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraph } from '../../src/server/federation/build-subgraph';
import { createApolloGateway } from '../../src/server/federation/apollo-gateway';
import { fixtureModules, createFixtureContext } from './fixtures';

test('scratch', async () => {
  const built = fixtureModules.map(buildSubgraph);
  const server = new ApolloServer({ gateway: createApolloGateway(built), plugins: [ApolloServerPluginCacheControlDisabled()], includeStacktraceInErrorResponses: false });
  await server.start();
  const queries = [
    '{ items { id name updatedAt category { code label } } }',
    '{ items { id category { code } rankInCategory warning } }',
    '{ item(id: "nope") { id } }',
    '{ items { id category { itemCount(minPrice: 5) label } } }',
    '{ busiestCategories(limit: 3) { code label topPrices(limit: 1) } }',
  ];
  for (const query of queries) {
    const ctx = createFixtureContext();
    const r = await server.executeOperation({ query }, { contextValue: ctx });
    console.log(query, JSON.stringify((r.body as any).singleResult, null, 1), JSON.stringify(ctx.batches));
  }
  await server.stop();
});
