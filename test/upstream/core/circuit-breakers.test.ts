import type { UpstreamConfig } from '../../../src/upstream';
import { BUSY_SEARCH, callsDuring, configFor, startSandbox, UpstreamPool, type Sandbox } from '../support/sandbox';

let nextWindow = 0;
const freshWindow = () => {
  const start = nextWindow++;
  return { start, end: start };
};

describe('a circuit breaker per France Travail API', () => {
  const pool = new UpstreamPool();
  let sandbox: Sandbox;
  const open = (overrides: Partial<UpstreamConfig> = {}) =>
    pool.open(
      configFor(sandbox, { maxRetries: 0, circuit: { failuresToOpen: 3, halfOpenAfterMs: 300 }, ...overrides }),
    );
  const search = (upstream: Awaited<ReturnType<typeof open>>) =>
    upstream.offres.search(BUSY_SEARCH, freshWindow()).catch((error: unknown) => error);

  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0 });
  });
  afterEach(async () => {
    sandbox.clearFaults();
    await pool.closeAll();
  });
  afterAll(async () => {
    await sandbox.close();
  });

  it('opens after consecutive 5xx: the next call fails at once without reaching the API, naming it', async () => {
    const upstream = await open();
    sandbox.injectFault({ api: 'offres', status: 503 });
    for (let i = 0; i < 3; i++) await expect(search(upstream)).resolves.toMatchObject({ reason: 'HTTP_ERROR' });
    const refused = await callsDuring(sandbox, () => search(upstream));
    expect(refused.result).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', reason: 'CIRCUIT_OPEN', api: 'offres' });
    expect((refused.result as Error).message).toMatch(/^France Travail Offres d'emploi is failing/);
    expect(refused.calls('offres')).toBe(0);
    // Other APIs keep their own circuit.
    await expect(upstream.marche.listTerritoires('REGION')).resolves.not.toHaveLength(0);
  });

  it('lets one probe through after halfOpenAfterMs and closes when it succeeds', async () => {
    const upstream = await open();
    sandbox.injectFault({ api: 'offres', status: 502, times: 3 });
    for (let i = 0; i < 3; i++) await search(upstream);
    await expect(search(upstream)).resolves.toMatchObject({ reason: 'CIRCUIT_OPEN' });
    await new Promise((resolve) => setTimeout(resolve, 350));
    const probe = await callsDuring(sandbox, () => search(upstream));
    expect(probe.result).toMatchObject({ rangeStart: expect.any(Number) });
    expect(probe.calls('offres')).toBe(1);
    await expect(search(upstream)).resolves.toMatchObject({ rangeStart: expect.any(Number) });
  });

  it('4xx answers are not failures: they never open the circuit', async () => {
    const upstream = await open();
    sandbox.injectFault({ api: 'offres', status: 400, times: 5 });
    for (let i = 0; i < 5; i++) await expect(search(upstream)).resolves.toMatchObject({ code: 'UPSTREAM_BAD_REQUEST' });
    const next = await callsDuring(sandbox, () => search(upstream));
    expect(next.calls('offres')).toBe(1);
    expect(next.result).toMatchObject({ rangeStart: expect.any(Number) });
  });

  it('timeouts count as failures', async () => {
    const upstream = await open({ requestTimeoutMs: 200 });
    await upstream.fetchTokens();
    sandbox.setApiLatency('offres', 1000);
    try {
      for (let i = 0; i < 3; i++) await expect(search(upstream)).resolves.toMatchObject({ reason: 'TIMEOUT' });
      await expect(search(upstream)).resolves.toMatchObject({ reason: 'CIRCUIT_OPEN' });
    } finally {
      sandbox.setApiLatency('offres', 0);
    }
  });

  it('reports its position per API for the metrics: closed, open, half-open while the probe runs, closed again', async () => {
    const upstream = await open({ circuit: { failuresToOpen: 1, halfOpenAfterMs: 100 } });
    const positions = () => ({
      offres: upstream.apiStates().offres.circuit,
      marche: upstream.apiStates().marche.circuit,
    });
    expect(positions()).toEqual({ offres: 'closed', marche: 'closed' });
    sandbox.injectFault({ api: 'offres', status: 503 });
    await search(upstream);
    expect(positions()).toEqual({ offres: 'open', marche: 'closed' });
    sandbox.clearFaults();
    await new Promise((resolve) => setTimeout(resolve, 150));
    sandbox.setApiLatency('offres', 300);
    const probe = search(upstream);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(positions().offres).toBe('half-open');
    await probe;
    sandbox.setApiLatency('offres', 0);
    expect(positions().offres).toBe('closed');
  });
});
