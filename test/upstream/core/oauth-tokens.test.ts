import { UpstreamUnauthenticatedError } from '../../../src/upstream';
import { UPSTREAM_SCOPES } from '../../../src/upstream/core/scopes';
import { BUSY_SEARCH, callsDuring, configFor, startSandbox, UpstreamPool, type Sandbox } from '../support/sandbox';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function tokensFor(sandbox: Sandbox, scopes: string): number {
  const wanted = scopes.split(' ').sort().join(' ');
  return Object.entries(sandbox.counters().tokensByScope)
    .filter(([granted]) => granted.split(/\s+/).sort().join(' ') === wanted)
    .reduce((sum, [, count]) => sum + count, 0);
}

describe('OAuth2 client credentials against the sandbox', () => {
  const pool = new UpstreamPool();
  let sandbox: Sandbox;

  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0, tokenTtlSeconds: 4 });
  });

  afterEach(async () => {
    sandbox.clearFaults();
    await pool.closeAll();
  });

  afterAll(async () => {
    await sandbox.close();
  });

  it('reuses one token across calls, and concurrent first calls share one token request', async () => {
    const upstream = await pool.open(configFor(sandbox, { quotas: { ...configFor(sandbox).quotas, offres: 50 } }));
    const run = await callsDuring(sandbox, () =>
      Promise.all(
        Array.from({ length: 5 }, (_, i) => upstream.offres.search(BUSY_SEARCH, { start: i * 10, end: i * 10 + 9 })),
      ),
    );
    expect(run.served('offres')).toBe(5);
    expect(run.tokens).toBe(1);
  });

  it('asks one token per scope set, each with its API scope pair', async () => {
    const upstream = await pool.open(configFor(sandbox));
    const before = Object.fromEntries(
      Object.entries(UPSTREAM_SCOPES).map(([api, scopes]) => [api, tokensFor(sandbox, scopes)]),
    );
    const run = await callsDuring(sandbox, () =>
      Promise.all([
        upstream.offres.search(BUSY_SEARCH, { start: 0, end: 9 }),
        upstream.offres.search(BUSY_SEARCH, { start: 10, end: 19 }),
        upstream.rome.listMetiers(),
        upstream.rome.listFichesMetiers(),
        upstream.marche.listTerritoires('REGION'),
      ]),
    );
    expect(run.tokens).toBe(4);
    for (const api of ['offres', 'rome-metiers', 'rome-fiches-metiers', 'marche'] as const) {
      expect(tokensFor(sandbox, UPSTREAM_SCOPES[api]) - before[api]).toBe(1);
    }
  });

  it('renews the token before it expires', async () => {
    // The sandbox grants 4 s tokens; with a 60 s margin the client keeps them for half their life.
    const upstream = await pool.open(configFor(sandbox));
    const first = await callsDuring(sandbox, () => upstream.offres.search(BUSY_SEARCH, { start: 0, end: 0 }));
    expect(first.tokens).toBe(1);
    const soon = await callsDuring(sandbox, () => upstream.offres.search(BUSY_SEARCH, { start: 1, end: 1 }));
    expect(soon.tokens).toBe(0);
    await sleep(2500);
    const later = await callsDuring(sandbox, () => upstream.offres.search(BUSY_SEARCH, { start: 2, end: 2 }));
    expect(later.tokens).toBe(1);
    expect(later.result.offres).toHaveLength(1);
  });

  it('on a 401 fetches a new token once and retries the call', async () => {
    const upstream = await pool.open(configFor(sandbox));
    await upstream.offres.search(BUSY_SEARCH, { start: 0, end: 0 });
    sandbox.injectFault({ api: 'offres', status: 401, times: 1 });
    const run = await callsDuring(sandbox, () => upstream.offres.search(BUSY_SEARCH, { start: 3, end: 3 }));
    expect(run.result.offres).toHaveLength(1);
    expect(run.tokens).toBe(1);
  });

  it('a second 401 in a row is UPSTREAM_UNAUTHENTICATED, after exactly one renewal', async () => {
    const upstream = await pool.open(configFor(sandbox));
    await upstream.offres.search(BUSY_SEARCH, { start: 0, end: 0 });
    sandbox.injectFault({ api: 'offres', status: 401, times: 10 });
    const run = await callsDuring(sandbox, () =>
      upstream.offres.search(BUSY_SEARCH, { start: 4, end: 4 }).catch((error: unknown) => error),
    );
    expect(run.result).toBeInstanceOf(UpstreamUnauthenticatedError);
    expect(run.result).toMatchObject({ code: 'UPSTREAM_UNAUTHENTICATED', api: 'offres', status: 401 });
    expect(run.tokens).toBe(1);
    expect(run.faults).toBe(2);
  });

  it('refused credentials are UPSTREAM_UNAUTHENTICATED and the message holds no secret', async () => {
    const clientSecret = 'not-the-secret-0123456789';
    const upstream = await pool.open(
      configFor(sandbox, { credentials: { clientId: sandbox.credentials.clientId, clientSecret } }),
    );
    const failure = await upstream.offres.search(BUSY_SEARCH, { start: 0, end: 0 }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(UpstreamUnauthenticatedError);
    expect(failure).toMatchObject({ code: 'UPSTREAM_UNAUTHENTICATED', api: 'offres' });
    expect((failure as Error).message).not.toContain(clientSecret);
    expect((failure as Error).message).not.toContain(sandbox.credentials.clientSecret);
  });
});
