import { startServer, type RunningServer } from '../../src/server/app';
import { loadConfig } from '../../src/server/config';
import { startSandbox, type Sandbox, type SandboxApi } from '../../src/sandbox';
import { postQuery, startTestServer, type GraphResponse } from '../support/graph-server';
import { operation } from '../support/operations';
import { HangingRedisProxy } from '../upstream/support/hung-redis';
import { connectTestRedis, deleteKeysUnder, REDIS_URL, uniqueKeyPrefix } from '../upstream/support/redis';

/**
 * Every France Travail API the core query uses × every way it fails: the query still answers, within its
 * deadline, with what it could get and an error that says which API failed and how.
 */
const DEADLINE_MS = 4000;
/**
 * Serialising the answer and the test's own HTTP round trip, on a 2-core machine shared with other suites. Still far
 * below what an unbounded query costs (attempts × FT_TIMEOUT_MS = 4 × 3 s here).
 */
const MARGIN_MS = 3000;
const ENV = {
  REQUEST_DEADLINE_MS: String(DEADLINE_MS),
  FT_TIMEOUT_MS: '3000',
  FT_MAX_RETRIES: '3',
};
const JOBS_NEAR_ME = operation('jobs-near-me');
const VARIABLES = { departement: '35', romeCodes: ['M1805', 'M1811'], first: 150 };

type Fault = 'slow' | '5xx' | '429 storm' | 'malformed JSON';
const APIS: SandboxApi[] = ['offres', 'rome-metiers', 'rome-fiches-metiers', 'marche'];
const FAULTS: Record<Fault, { inject(sandbox: Sandbox, api: SandboxApi): void; code: string; reasons: string[] }> = {
  slow: {
    inject: (sandbox, api) => sandbox.setApiLatency(api, 20_000),
    code: 'UPSTREAM_UNAVAILABLE',
    reasons: ['TIMEOUT'],
  },
  '5xx': {
    inject: (sandbox, api) => sandbox.injectFault({ api, status: 503 }),
    code: 'UPSTREAM_UNAVAILABLE',
    reasons: ['HTTP_ERROR', 'CIRCUIT_OPEN'],
  },
  '429 storm': {
    inject: (sandbox, api) => sandbox.injectFault({ api, status: 429, retryAfterSeconds: 120 }),
    code: 'UPSTREAM_RATE_LIMITED',
    reasons: ['UPSTREAM_QUOTA'],
  },
  'malformed JSON': {
    inject: (sandbox, api) => sandbox.injectFault({ api, status: 200, malformedJson: true }),
    code: 'UPSTREAM_UNAVAILABLE',
    reasons: ['MALFORMED_ANSWER'],
  },
};

/** Where a failure of each API shows in the core query, and which part of the answer must still be there. */
const FAILED_FIELDS: Record<string, string[]> = {
  offres: ['offers'],
  'rome-metiers': ['appellation', 'appellationMatch'],
  'rome-fiches-metiers': ['competences'],
  marche: ['tension'],
};

async function timedQuery(server: RunningServer): Promise<{ answer: GraphResponse; elapsedMs: number }> {
  const startedAt = performance.now();
  const answer = await postQuery(server.url, JOBS_NEAR_ME, VARIABLES);
  return { answer, elapsedMs: performance.now() - startedAt };
}

function expectWellFormed(answer: GraphResponse): void {
  expect(answer.data).toBeDefined();
  for (const error of answer.errors ?? []) {
    expect(typeof error.message).toBe('string');
    expect(error.message).not.toMatch(/UND_ERR|ECONN|ETIMEDOUT|Bearer|at .+\.ts:\d+/);
    expect(error.extensions?.stacktrace).toBeUndefined();
  }
}

/**
 * One sandbox for every case, warmed once (its first offer search builds the catalogue), and a fresh graph server
 * per case, so that each case starts with cold caches and closed circuits.
 */
let sandbox: Sandbox;
const serverEnv = (extra: Record<string, string> = {}) => ({
  ...ENV,
  FT_CLIENT_ID: sandbox.credentials.clientId,
  FT_CLIENT_SECRET: sandbox.credentials.clientSecret,
  FT_API_BASE_URL: sandbox.apiBaseUrl,
  FT_TOKEN_URL: sandbox.tokenUrl,
  ...extra,
});

beforeAll(async () => {
  // Successive servers share one France Travail application here: headroom above their own ROME limiter (1/s), so
  // that no case inherits a bucket the previous one emptied.
  sandbox = await startSandbox({ port: 0, quotas: { 'rome-metiers': 3, 'rome-fiches-metiers': 3 } });
  const warm = await startTestServer(serverEnv());
  await postQuery(warm.url, JOBS_NEAR_ME, VARIABLES);
  await warm.stop();
});
afterAll(async () => {
  await sandbox.close();
});

describe('fault matrix: the core query under each upstream fault', () => {
  let server: RunningServer | undefined;
  afterEach(async () => {
    await server?.stop();
    server = undefined;
    sandbox.clearFaults();
    for (const api of APIS) sandbox.setApiLatency(api, 0);
  });

  const cases = APIS.flatMap((api) => (Object.keys(FAULTS) as Fault[]).map((fault) => [api, fault] as const));
  test.each(cases)('%s, %s: partial data, the right code, within the deadline', async (api, fault) => {
    server = await startTestServer(serverEnv());
    const expected = FAULTS[fault];
    expected.inject(sandbox, api);
    const { answer, elapsedMs } = await timedQuery(server);

    expect(elapsedMs).toBeLessThan(DEADLINE_MS + MARGIN_MS);
    expectWellFormed(answer);
    expect(answer.errors?.length).toBeGreaterThan(0);
    for (const error of answer.errors!) {
      expect(error.extensions).toMatchObject({ code: expected.code, upstream: api });
      expect(expected.reasons).toContain(error.extensions?.reason);
      expect(FAILED_FIELDS[api]).toContain(error.path?.at(-1));
    }
    if (api === 'offres') {
      // Offers are the root of the query: without them there is nothing else to give.
      expect(answer.data?.offers ?? null).toBeNull();
    } else {
      // Everything the other APIs gave is there.
      const nodes = answer.data.offers.edges.map((edge: { node: unknown }) => edge.node);
      expect(nodes.length).toBeGreaterThan(0);
      expect(nodes.every((node: { title: string }) => node.title)).toBe(true);
    }
  });

  test('expired tokens: renewed on the fly, the answer is whole', async () => {
    server = await startTestServer(serverEnv());
    await timedQuery(server); // tokens in hand, referentials cached
    sandbox.revokeTokens();
    const tokensBefore = sandbox.counters().tokens;
    const answer = await postQuery(server.url, JOBS_NEAR_ME, { ...VARIABLES, departement: '29' });
    expectWellFormed(answer);
    expect(answer.errors).toBeUndefined();
    expect(answer.data.offers.edges.length).toBeGreaterThan(0);
    expect(sandbox.counters().tokens).toBeGreaterThan(tokensBefore);
  });

  test('hung Redis: the answer is whole and in time, from France Travail and process memory', async () => {
    const proxy = await HangingRedisProxy.start(REDIS_URL);
    const keyPrefix = uniqueKeyPrefix('fault-matrix');
    const redis = await connectTestRedis();
    try {
      server = await startTestServer(serverEnv({ REDIS_URL: proxy.url, CACHE_PREFIX: keyPrefix }));
      proxy.hang();
      const { answer, elapsedMs } = await timedQuery(server);
      expect(elapsedMs).toBeLessThan(DEADLINE_MS + MARGIN_MS);
      expectWellFormed(answer);
      expect(answer.errors).toBeUndefined();
      expect(answer.data.offers.edges.length).toBeGreaterThan(0);
    } finally {
      proxy.resume();
      await server?.stop();
      server = undefined;
      await proxy.close();
      await deleteKeysUnder(redis, keyPrefix);
      await redis.close();
    }
  });
});

describe('a Redis hung from the start', () => {
  test('the server still starts, on process memory, and answers whole', async () => {
    const proxy = await HangingRedisProxy.start(REDIS_URL);
    proxy.hang();
    let server: RunningServer | undefined;
    try {
      server = await startTestServer(
        serverEnv({ REDIS_URL: proxy.url, CACHE_PREFIX: uniqueKeyPrefix('fault-matrix') }),
      );
      const { answer, elapsedMs } = await timedQuery(server);
      expect(elapsedMs).toBeLessThan(DEADLINE_MS + MARGIN_MS);
      expect(answer.errors).toBeUndefined();
      expect(answer.data.offers.edges.length).toBeGreaterThan(0);
    } finally {
      await server?.stop();
      proxy.resume();
      await proxy.close();
    }
  });
});

describe('stale-if-error through the graph', () => {
  let server: RunningServer;
  beforeAll(async () => {
    // Offers and tensions cached for a second only, kept a day past that for stale-if-error.
    const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', ...serverEnv() });
    config.upstream.ttls = { ...config.upstream.ttls, offersMs: 1000, tensionMs: 1000 };
    server = await startServer(config);
  });
  afterAll(async () => {
    await server.stop();
    sandbox.clearFaults();
  });

  test('when Marché du travail fails, the last tension figures are served with their age in extensions.staleData', async () => {
    const first = await postQuery(server.url, JOBS_NEAR_ME, VARIABLES);
    expect(first.errors).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, 1100));
    sandbox.injectFault({ api: 'marche', status: 503 });
    const stale = await postQuery(server.url, JOBS_NEAR_ME, VARIABLES);
    expect(stale.errors).toBeUndefined();
    expect(stale.data).toEqual(first.data);
    expect(stale.extensions?.staleData).toEqual(
      expect.arrayContaining([{ api: 'marche', ageSeconds: expect.any(Number) }]),
    );
    expect(stale.extensions?.staleData.map((report: { api: string }) => report.api)).not.toContain('rome-metiers');
  });
});
