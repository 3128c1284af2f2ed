import { type RunningServer, startServer } from '../../src/server/app';
import { loadConfig } from '../../src/server/config';
import type { SandboxApi } from '../../src/sandbox';
import { postQuery, startTestServer } from '../support/graph-server';

/**
 * Whole-list loads are made in the request's scope. Its deadline bounds them by the request's deadline, not only by the per-call timeout: a referential France
 * Travail is slow to send ends the request in time with a TIMEOUT, rather than holding it for attempts × timeout. A stale list served when France Travail fails is reported in the
 * answer's `extensions.staleData`.
 */
const DEADLINE_MS = 1500;
/** Serialising the answer and the test's own HTTP round trip on a loaded machine; far below one per-call timeout. */
const MARGIN_MS = 2500;
const ENV = { REQUEST_DEADLINE_MS: String(DEADLINE_MS), FT_TIMEOUT_MS: '10000', FT_MAX_RETRIES: '2' };

const LIST_QUERIES: [SandboxApi, string][] = [
  ['rome-competences', '{ competenceDomains { __typename } }'],
  ['rome-contextes-travail', '{ workContexts { __typename } }'],
  ['rome-metiers', '{ romeVersion { version } }'],
  ['marche', '{ marketIndicators { __typename } }'],
  ['infotravail', '{ infotravailDataset(id: "imt") { __typename } }'],
];

describe('whole-list loads under a short request deadline', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startTestServer(ENV);
  });
  afterAll(async () => {
    await server.stop();
  });
  afterEach(() => {
    for (const [api] of LIST_QUERIES) server.sandbox?.setApiLatency(api, 0);
  });

  test.each(LIST_QUERIES)('%s slow: the list ends with reason TIMEOUT within the deadline', async (api, query) => {
    server.sandbox?.setApiLatency(api, 20_000);
    const startedAt = performance.now();
    const answer = await postQuery(server.url, query);
    const elapsedMs = performance.now() - startedAt;

    expect(elapsedMs).toBeLessThan(DEADLINE_MS + MARGIN_MS);
    expect(answer.errors?.length).toBeGreaterThan(0);
    for (const error of answer.errors!) {
      expect(error.extensions).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', reason: 'TIMEOUT', upstream: api });
    }
  });
});

describe('whole-list loads served stale', () => {
  let server: RunningServer;
  beforeAll(async () => {
    const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', REQUEST_DEADLINE_MS: '30000', FT_MAX_RETRIES: '0' });
    const short = { romeReferentialMs: 1, marcheReferentialMs: 1, infotravailMs: 1 };
    config.upstream.ttls = { ...config.upstream.ttls, ...short };
    server = await startServer(config);
  });
  afterAll(async () => {
    await server.stop();
  });
  afterEach(() => server.sandbox?.clearFaults());

  test.each(LIST_QUERIES)('%s failing: the last list is served and its age reported', async (api, query) => {
    const fresh = await postQuery(server.url, query);
    expect(fresh.errors).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, 20));
    server.sandbox?.injectFault({ api, status: 503 });
    const stale = await postQuery(server.url, query);
    expect(stale.errors).toBeUndefined();
    expect(stale.data).toEqual(fresh.data);
    expect(stale.extensions?.staleData).toEqual([{ api, ageSeconds: expect.any(Number) }]);
  });
});
