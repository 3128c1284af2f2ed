import {
  Deadline,
  UpstreamRateLimitedError,
  UpstreamUnavailableError,
  type UpstreamConfig,
} from '../../../src/upstream';
import { BUSY_SEARCH, callsDuring, configFor, startSandbox, UpstreamPool, type Sandbox } from '../support/sandbox';

/** Distinct one-offer windows, so that no answer comes from cache. */
let nextWindow = 0;
const freshWindow = () => {
  const start = nextWindow++;
  return { start, end: start };
};

describe('quota, retries and failures against the sandbox', () => {
  const pool = new UpstreamPool();
  let sandbox: Sandbox;
  const open = (overrides: Partial<UpstreamConfig> = {}) => pool.open(configFor(sandbox, overrides));

  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0 });
  });

  afterEach(async () => {
    sandbox.clearFaults();
    sandbox.setLatency(0);
    await pool.closeAll();
  });

  afterAll(async () => {
    await sandbox.close();
  });

  it('waits out an injected 429 with Retry-After and never surfaces it', async () => {
    const upstream = await open();
    sandbox.injectFault({ api: 'offres', status: 429, times: 1, retryAfterSeconds: 1 });
    const run = await callsDuring(sandbox, () => upstream.offres.search(BUSY_SEARCH, freshWindow()));
    expect(run.result.offres).toHaveLength(1);
    expect(run.faults).toBe(1);
  });

  it("waits out the sandbox's own quota when the client is configured above it", async () => {
    const quotas = { ...configFor(sandbox).quotas, offres: 20 };
    const upstream = await open({ quotas, maxRetries: 8 });
    sandbox.setQuota('offres', 2);
    try {
      const run = await callsDuring(sandbox, () =>
        Promise.all(Array.from({ length: 6 }, () => upstream.offres.search(BUSY_SEARCH, freshWindow()))),
      );
      expect(run.result.every((page) => page.offres.length === 1)).toBe(true);
      expect(run.rateLimited('offres')).toBeGreaterThan(0);
    } finally {
      sandbox.setQuota('offres', 10);
    }
  });

  it('a persistent 429 becomes UPSTREAM_RATE_LIMITED after maxRetries retries', async () => {
    const upstream = await open({ maxRetries: 2 });
    sandbox.injectFault({ api: 'offres', status: 429, times: 100, retryAfterSeconds: 1 });
    const run = await callsDuring(sandbox, () =>
      upstream.offres.search(BUSY_SEARCH, freshWindow()).catch((error: unknown) => error),
    );
    expect(run.result).toBeInstanceOf(UpstreamRateLimitedError);
    expect(run.result).toMatchObject({
      code: 'UPSTREAM_RATE_LIMITED',
      api: 'offres',
      status: 429,
      retryAfterSeconds: 1,
    });
    expect(run.faults).toBe(3);
  });

  it('a Retry-After beyond maxQuotaWaitMs fails at once instead of waiting', async () => {
    const upstream = await open({ maxQuotaWaitMs: 2000 });
    sandbox.injectFault({ api: 'offres', status: 429, times: 1, retryAfterSeconds: 120 });
    const run = await callsDuring(sandbox, () =>
      upstream.offres.search(BUSY_SEARCH, freshWindow()).catch((error: unknown) => error),
    );
    expect(run.result).toMatchObject({ code: 'UPSTREAM_RATE_LIMITED', retryAfterSeconds: 120 });
    expect(run.faults).toBe(1);
    // The pause holds for every caller of that API in this process, without another upstream call.
    const next = await callsDuring(sandbox, () =>
      upstream.offres.search(BUSY_SEARCH, freshWindow()).catch((error: unknown) => error),
    );
    expect(next.result).toMatchObject({ code: 'UPSTREAM_RATE_LIMITED' });
    expect(next.calls('offres') + next.faults).toBe(0);
    // Other APIs are not held.
    await expect(upstream.marche.listTerritoires('REGION')).resolves.not.toHaveLength(0);
  });

  it('retries a transient 5xx', async () => {
    const upstream = await open();
    sandbox.injectFault({ api: 'offres', status: 503, times: 2 });
    const run = await callsDuring(sandbox, () => upstream.offres.search(BUSY_SEARCH, freshWindow()));
    expect(run.result.offres).toHaveLength(1);
    expect(run.faults).toBe(2);
  });

  it('a persistent 5xx becomes UPSTREAM_UNAVAILABLE after maxRetries retries', async () => {
    const upstream = await open({ maxRetries: 2 });
    sandbox.injectFault({ api: 'offres', status: 502, times: 100 });
    const run = await callsDuring(sandbox, () =>
      upstream.offres.search(BUSY_SEARCH, freshWindow()).catch((error: unknown) => error),
    );
    expect(run.result).toBeInstanceOf(UpstreamUnavailableError);
    expect(run.result).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', api: 'offres', status: 502 });
    expect(run.faults).toBe(3);
  });

  it('a failed call is not cached: the next one succeeds once the fault is gone', async () => {
    const upstream = await open({ maxRetries: 0 });
    const window = freshWindow();
    sandbox.injectFault({ api: 'offres', status: 500, times: 1 });
    await expect(upstream.offres.search(BUSY_SEARCH, window)).rejects.toMatchObject({ code: 'UPSTREAM_UNAVAILABLE' });
    await expect(upstream.offres.search(BUSY_SEARCH, window)).resolves.toMatchObject({ rangeStart: window.start });
  });

  it('a sandbox slower than requestTimeoutMs is UPSTREAM_UNAVAILABLE, reason TIMEOUT, naming the API', async () => {
    const upstream = await open({ requestTimeoutMs: 300, maxRetries: 1 });
    await upstream.offres.search(BUSY_SEARCH, freshWindow()); // token in hand, so only the API call is slow
    sandbox.setLatency(1500);
    const failure = await upstream.offres.search(BUSY_SEARCH, freshWindow()).catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', reason: 'TIMEOUT', api: 'offres' });
    expect((failure as Error).message).toBe("France Travail Offres d'emploi did not answer within 0.3 s");
  });
});

describe('deadlines: one budget per request bounds every wait', () => {
  const pool = new UpstreamPool();
  let sandbox: Sandbox;
  const open = (overrides: Partial<UpstreamConfig> = {}) => pool.open(configFor(sandbox, overrides));

  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0 });
  });

  afterEach(async () => {
    sandbox.clearFaults();
    sandbox.setApiLatency('offres', 0);
    await pool.closeAll();
  });

  afterAll(async () => {
    await sandbox.close();
  });

  it('a slow API fails at the deadline, not after attempts × timeout, naming the API and the time it had', async () => {
    const upstream = await open({ requestTimeoutMs: 10_000, maxRetries: 3 });
    await upstream.fetchTokens();
    sandbox.setApiLatency('offres', 4000);
    const scope = { deadline: Deadline.after(600) };
    const run = await callsDuring(sandbox, () =>
      upstream.offres.search(BUSY_SEARCH, freshWindow(), scope).catch((error: unknown) => error),
    );
    expect(run.result).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', reason: 'TIMEOUT', api: 'offres' });
    expect((run.result as Error).message).toBe("France Travail Offres d'emploi did not answer within 0.6 s");
    // No retry was started that could not finish before the deadline.
    expect(run.calls('offres')).toBe(1);
  });

  it('no retry starts when what is left of the deadline is too short for an attempt', async () => {
    const upstream = await open({ requestTimeoutMs: 5000, maxRetries: 3 });
    await upstream.fetchTokens();
    sandbox.injectFault({ api: 'offres', status: 503 });
    const run = await callsDuring(sandbox, () =>
      upstream.offres
        .search(BUSY_SEARCH, freshWindow(), { deadline: Deadline.after(900) })
        .catch((error: unknown) => error),
    );
    expect(run.result).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', reason: 'HTTP_ERROR', status: 503 });
    expect(run.calls('offres')).toBe(1);
  });

  it('a refused connection is reported without the socket error code', async () => {
    const upstream = await open({
      endpoints: { ...configFor(sandbox).endpoints, offres: 'http://127.0.0.1:1/offresdemploi' },
      maxRetries: 1,
    });
    const failure = await upstream.offres.search(BUSY_SEARCH, freshWindow()).catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', reason: 'NETWORK' });
    expect((failure as Error).message).toBe("France Travail Offres d'emploi unavailable: connection failed");
    expect((failure as Error).message).not.toMatch(/UND_ERR|ECONN/);
  });

  it('our own quota queue, too long for the deadline, is told apart from a France Travail 429', async () => {
    const quotas = { ...configFor(sandbox).quotas, offres: 2 };
    const upstream = await open({ quotas });
    await upstream.fetchTokens();
    const scope = { deadline: Deadline.after(1500) };
    const outcomes = await Promise.all(
      Array.from({ length: 8 }, () =>
        upstream.offres.search(BUSY_SEARCH, freshWindow(), scope).then(
          () => 'served',
          (error: unknown) => error,
        ),
      ),
    );
    const refused = outcomes.filter((outcome) => outcome !== 'served');
    expect(refused.length).toBeGreaterThan(0);
    for (const error of refused) {
      expect(error).toMatchObject({ code: 'UPSTREAM_RATE_LIMITED', reason: 'LOCAL_QUOTA_QUEUE' });
      expect((error as Error).message).toMatch(/this server's quota limiter/);
    }
  });

  it("France Travail's own 429 with a Retry-After beyond the wait limit says so", async () => {
    const upstream = await open({ maxQuotaWaitMs: 2000 });
    sandbox.injectFault({ api: 'offres', status: 429, times: 1, retryAfterSeconds: 120 });
    const failure = await upstream.offres.search(BUSY_SEARCH, freshWindow()).catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: 'UPSTREAM_RATE_LIMITED', reason: 'UPSTREAM_QUOTA', retryAfterSeconds: 120 });
    expect((failure as Error).message).toMatch(
      /refused the call: this application's quota is exceeded; retry in 120 s/,
    );
  });
});
