import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraph } from '../../src/federation';
import { createApolloGateway, REQUEST_ID_HEADER } from '../../src/federation';
import { createMergedGateway } from '../../src/federation';
import { createFixtureContext, fixtureModules, type FixtureContext } from './fixtures';
import { comparable, serverOptions, type GraphQLBody } from './helpers';
import { PARITY_CASES } from './queries';

interface Listening {
  readonly server: ApolloServer<FixtureContext>;
  readonly url: string;
}

async function listen(
  server: ApolloServer<FixtureContext>,
  onRequest?: (headers: Record<string, unknown>) => void,
): Promise<Listening> {
  const { url } = await startStandaloneServer(server, {
    listen: { host: '127.0.0.1', port: 0 },
    context: async ({ req }) => {
      onRequest?.(req.headers);
      return createFixtureContext();
    },
  });
  return { server, url };
}

async function post(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as GraphQLBody };
}

describe('over HTTP: subgraph servers behind @apollo/gateway, and the merged executor', () => {
  const subgraphs = fixtureModules.map(buildSubgraph);
  const requestIdsSeen = new Map<string, unknown[]>();
  const running: Listening[] = [];
  let gatewayUrl: string;
  let mergedUrl: string;

  beforeAll(async () => {
    const urls: Record<string, string> = {};
    for (const subgraph of subgraphs) {
      const seen: unknown[] = [];
      requestIdsSeen.set(subgraph.name, seen);
      const listening = await listen(
        new ApolloServer<FixtureContext>({
          schema: subgraph.schema,
          ...serverOptions(),
          plugins: [...serverOptions().plugins, ApolloServerPluginInlineTraceDisabled()],
        }),
        (headers) => seen.push(headers[REQUEST_ID_HEADER]),
      );
      running.push(listening);
      urls[subgraph.name] = listening.url;
    }
    const gateway = await listen(
      new ApolloServer<FixtureContext>({ gateway: createApolloGateway(subgraphs, { urls }), ...serverOptions() }),
    );
    const merged = await listen(
      new ApolloServer<FixtureContext>({ gateway: createMergedGateway(subgraphs), ...serverOptions() }),
    );
    running.push(gateway, merged);
    gatewayUrl = gateway.url;
    mergedUrl = merged.url;
  });

  afterAll(async () => {
    for (const { server } of running.reverse()) await server.stop();
  });

  it.each(PARITY_CASES)('answer identically: $name', async ({ query, variables }) => {
    const [fromGateway, fromMerged] = await Promise.all([
      post(gatewayUrl, query, variables),
      post(mergedUrl, query, variables),
    ]);
    expect(fromMerged.status).toBe(fromGateway.status);
    expect(comparable(fromMerged.body)).toEqual(comparable(fromGateway.body));
  });

  it('forward the request id to every subgraph a request reaches', async () => {
    for (const seen of requestIdsSeen.values()) seen.length = 0;
    const query = '{ priciestItems(limit: 2) { name rankInCategory category { label } } }';
    const answer = await post(gatewayUrl, query, undefined, { [REQUEST_ID_HEADER]: 'request-42' });

    expect(answer.body.errors?.map((error) => error.path)).toEqual([['priciestItems', 0, 'category']]);
    for (const [name, seen] of requestIdsSeen) {
      expect({ name, seen: [...new Set(seen)] }).toEqual({ name, seen: ['request-42'] });
    }
  });
});
