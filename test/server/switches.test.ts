import type { RunningServer } from '../../src/server/app';
import { startTestServer } from '../support/graph-server';

describe('INTROSPECTION=false and EXPLORER=false', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startTestServer({ INTROSPECTION: 'false', EXPLORER: 'false' });
  });
  afterAll(() => server?.stop());

  test('introspection is refused', async () => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __schema { queryType { name } } }' }),
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as any).errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  test('browsers get no landing page', async () => {
    const response = await fetch(server.url, { headers: { accept: 'text/html' } });
    expect(response.headers.get('content-type')).not.toMatch(/text\/html/);
  });

  test('queries still run', async () => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ occupation(code: "M1805") { code } }' }),
    });
    expect(await response.json()).toEqual({ data: { occupation: { code: 'M1805' } } });
  });
});
