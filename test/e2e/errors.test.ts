import type { RunningServer } from '../../src/server/app';
import { postQuery, startTestServer } from '../support/graph-server';

describe('errors: clear codes, partial data, nothing leaked', () => {
  let server: RunningServer;

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server?.stop();
  });
  afterEach(() => server.sandbox!.clearFaults());

  async function expectNoUpstreamCall(query: string, variables?: Record<string, unknown>) {
    const before = server.sandbox!.counters();
    const answer = await postQuery(server.url, query, variables);
    const after = server.sandbox!.counters();
    expect({ tokens: after.tokens - before.tokens, api: after.total - before.total }).toEqual({ tokens: 0, api: 0 });
    return answer;
  }

  test.each([
    [
      'a page larger than the upstream window',
      '{ offers(filter: { departement: "35" }, first: 100000) { totalCount } }',
      /between 0 and 150/,
    ],
    ['a malformed ROME code', '{ occupation(code: "developer") { label } }', /not a ROME code/],
    [
      'a malformed ROME code in a filter',
      '{ offers(filter: { romeCodes: ["M18"] }) { totalCount } }',
      /not a ROME code/,
    ],
    ['an unknown territory type', '{ territory(type: CANTON, code: "35") { name } }', /CANTON/],
    ['a malformed département', '{ offers(filter: { departement: "999" }) { totalCount } }', /not a valid département/],
    ['a malformed offer id', '{ offer(id: "x") { title } }', /not a France Travail offer id/],
    [
      'a cursor we did not issue',
      '{ offers(filter: { departement: "35" }, after: "bm9wZQ") { totalCount } }',
      /not a cursor/,
    ],
  ])('%s → BAD_USER_INPUT before any upstream call', async (_case, query, message) => {
    const answer = await expectNoUpstreamCall(query);
    expect(answer.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(answer.errors?.[0].message).toMatch(message);
  });

  test.each([
    ['an unknown offer id', '{ offer(id: "ZZZ9999") { title } }', 'offer'],
    ['an unknown occupation code', '{ occupation(code: "A9999") { label } }', 'occupation'],
    ['an unknown territory', '{ territory(type: COMMUNE, code: "35999") { name } }', 'territory'],
  ])('%s → null with NOT_FOUND on that path', async (_case, query, field) => {
    const answer = await postQuery(server.url, query);
    expect(answer.data?.[field]).toBeNull();
    expect(answer.errors).toHaveLength(1);
    expect(answer.errors![0].extensions?.code).toBe('NOT_FOUND');
    expect(answer.errors![0].path).toEqual([field]);
  });

  test('an upstream failure on one branch gives partial data plus an error with a stable code', async () => {
    server.sandbox!.injectFault({ api: 'marche', status: 503 });
    const answer = await postQuery(
      server.url,
      `{ occupation(code: "M1889") { label tension(territory: { type: REGION, code: "84" }) { level } } }`,
    );
    expect(answer.data.occupation.label).toBe('Ingénieur / Ingénieure en Intelligence Artificielle (IA)');
    expect(answer.data.occupation.tension).toBeNull();
    expect(answer.errors).toHaveLength(1);
    expect(answer.errors![0].path).toEqual(['occupation', 'tension']);
    expect(answer.errors![0].extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
  });

  test('no stack trace, token or secret ever reaches a response', async () => {
    server.sandbox!.injectFault({ api: 'offres', status: 500 });
    const answers = await Promise.all([
      postQuery(server.url, '{ offers(filter: { departement: "29" }, first: 5) { totalCount } }'),
      postQuery(server.url, '{ offer(id: "ZZZ9998") { title } }'),
      postQuery(server.url, '{ occupation(code: "x") { label } }'),
    ]);
    const text = JSON.stringify(answers);
    expect(text).not.toContain(server.sandbox!.credentials.clientSecret);
    expect(text).not.toMatch(/Bearer|access_token|stacktrace| {4}at /);
    expect(answers[0].errors?.[0].extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
  });
});
