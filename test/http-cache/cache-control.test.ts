import { buildSchema, type OperationDefinitionNode, parse } from 'graphql';
import type { RunningServer } from '../../src/server/app';
import { compileCachePolicy } from '../../src/server/http-cache/cache-policy';
import { startTestServer } from '../support/graph-server';

const ALICE = 'sandbox-jobseeker-alice';

describe('Cache-Control of GraphQL answers', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server?.stop());

  const post = (query: string, headers: Record<string, string> = {}) =>
    fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query }),
    });
  const cacheControlOf = async (query: string, headers?: Record<string, string>) => {
    const response = await post(query, headers);
    await response.arrayBuffer();
    return response.headers.get('cache-control');
  };

  test('ROME referentials are public for a day', async () => {
    expect(await cacheControlOf('{ occupation(code: "M1805") { label appellations { label } } }')).toBe(
      'public, max-age=86400',
    );
  });

  test('an answer lives as long as its shortest-lived field: offers, five minutes', async () => {
    expect(
      await cacheControlOf(
        '{ occupation(code: "M1805") { label offers(territory: { type: DEPARTEMENT, code: "35" }, first: 2) { totalCount } } }',
      ),
    ).toBe('public, max-age=300');
  });

  test('Marché du travail figures: six hours, as long as the server keeps a "no figure" answer', async () => {
    expect(
      await cacheControlOf('{ territory(type: DEPARTEMENT, code: "35") { tension(occupation: "M1805") { level } } }'),
    ).toBe('public, max-age=21600');
  });

  test("anything under `me` is the job seeker's own: private, never in a shared cache", async () => {
    expect(
      await cacheControlOf('{ me { soughtJobs { rank occupation { label } } } }', { 'x-job-seeker-token': ALICE }),
    ).toBe('private, max-age=60');
  });

  test('local data only (the schema, the geography): an hour', async () => {
    expect(await cacheControlOf('{ __typename }')).toBe('public, max-age=3600');
  });

  test('no-store for errors, partial answers and invalid documents', async () => {
    expect(await cacheControlOf('{ occupation(code: "Z9999") { label } }')).toBe('no-store');
    expect(await cacheControlOf('{ me { soughtJobs { rank } } }')).toBe('no-store');
    expect(await cacheControlOf('{ nope }')).toBe('no-store');
    expect(await cacheControlOf('{ occupation(')).toBe('no-store');
  });

  test('a GET carries an ETag, and If-None-Match gets a 304 without a body', async () => {
    const url = new URL('/', server.url);
    url.searchParams.set('query', '{ occupation(code: "M1805") { label } }');
    const headers = { 'apollo-require-preflight': 'true' };
    const first = await fetch(url, { headers });
    const body = await first.text();
    expect(JSON.parse(body).data.occupation.label).toBeTruthy();
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await fetch(url, { headers: { ...headers, 'if-none-match': etag! } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('cache-control')).toBe('public, max-age=86400');
    const changed = await fetch(url, { headers: { ...headers, 'if-none-match': '"something-else"' } });
    expect(changed.status).toBe(200);
    expect(await changed.text()).toBe(body);
  });

  test('an answer with errors has no ETag', async () => {
    const url = new URL('/', server.url);
    url.searchParams.set('query', '{ occupation(code: "Z9999") { label } }');
    const response = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
    await response.arrayBuffer();
    expect(response.headers.get('etag')).toBeNull();
  });
});

describe('compileCachePolicy', () => {
  const schema = buildSchema(`
    type Query { stable: Thing volatile: Int mine: Int }
    type Mutation { change: Int }
    type Thing { label: String, related: Int }
  `);
  const hints = new Map([
    ['Query.stable', { maxAgeSeconds: 1000 }],
    ['Thing.related', { maxAgeSeconds: 10 }],
    ['Query.mine', { maxAgeSeconds: 60, scope: 'PRIVATE' as const }],
  ]);
  const policyOf = (source: string) => {
    const document = parse(source);
    return compileCachePolicy(schema, document, document.definitions[0] as OperationDefinitionNode, hints);
  };

  test('mutations have no policy (no-store)', () => {
    expect(policyOf('mutation { change }')).toBeUndefined();
  });

  test('fields reached through fragments count', () => {
    expect(policyOf('query { stable { ...F } } fragment F on Thing { ... on Thing { related } }')).toEqual({
      maxAgeSeconds: 10,
      scope: 'PUBLIC',
    });
  });

  test('one private field makes the whole answer private', () => {
    expect(policyOf('{ stable { label } mine }')).toEqual({ maxAgeSeconds: 60, scope: 'PRIVATE' });
  });
});
