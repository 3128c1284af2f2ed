import type { RunningServer } from '../../src/server/app';
import { startTestServer } from '../support/graph-server';

const html = { accept: 'text/html,application/xhtml+xml' };

describe('the explorer at /', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server?.stop());

  test('is GraphiQL inlined from our dependencies: nothing is loaded from another host', async () => {
    const response = await fetch(server.url, { headers: html });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const page = await response.text();
    expect(page).toContain('YogaGraphiQL.renderYogaGraphiQL');
    expect(page).not.toMatch(/(?:src|href)\s*=\s*["']?(?:https?:)?\/\//i);
    expect(page).not.toMatch(/@import\s+(?:url\()?["']?(?:https?:)?\/\//i);
    expect(page).not.toMatch(/<script[^>]+src=/i);
  });

  test("opens with the README's example operations as tabs, the job seeker's with a sandbox token", async () => {
    const page = await (await fetch(server.url, { headers: html })).text();
    const options = JSON.parse(
      page
        .slice(page.lastIndexOf('renderYogaGraphiQL(') + 'renderYogaGraphiQL('.length)
        .replace(/^[^,]*,\s*/, '')
        .replace(/,?\s*\);[\s\S]*$/, ''),
    );
    const names = options.defaultTabs.map((tab: { query: string }) => /query (\w+)/.exec(tab.query)?.[1]);
    expect(names.slice(0, 4)).toEqual(['JobsNearMe', 'OccupationAndRegion', 'MySoughtJobs', 'TerritoryDashboard']);
    expect(JSON.parse(options.defaultTabs[2].headers)).toEqual({ 'X-Job-Seeker-Token': 'sandbox-jobseeker-alice' });
    expect(options.endpoint).toBe('/');
  });

  test('is compressed for browsers that accept gzip, and revalidates with its ETag', async () => {
    const first = await fetch(server.url, { headers: { ...html, 'accept-encoding': 'gzip' } });
    expect(first.headers.get('content-encoding')).toBe('gzip');
    await first.arrayBuffer();
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^".+"$/);
    const again = await fetch(server.url, { headers: { ...html, 'if-none-match': etag! } });
    expect(again.status).toBe(304);
  });

  test('leaves GraphQL requests alone, even from a browser', async () => {
    const response = await fetch(new URL('/?query=%7B__typename%7D', server.url), {
      headers: { accept: 'text/html, application/json', 'apollo-require-preflight': 'true' },
    });
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
  });
});

describe('EXPLORER', () => {
  test('false turns the explorer off', async () => {
    const server = await startTestServer({ EXPLORER: 'false' });
    try {
      const response = await fetch(server.url, { headers: html });
      expect(response.headers.get('content-type')).not.toMatch(/text\/html/);
      expect(await response.text()).not.toContain('GraphiQL');
    } finally {
      await server.stop();
    }
  });

  test('apollo serves Apollo Sandbox (from Apollo’s CDN) instead', async () => {
    const server = await startTestServer({ EXPLORER: 'apollo' });
    try {
      const page = await (await fetch(server.url, { headers: html })).text();
      expect(page).toMatch(/apollo/i);
      expect(page).not.toContain('YogaGraphiQL');
    } finally {
      await server.stop();
    }
  });
});
