import { startSandbox, type Sandbox } from '../../src/sandbox';
import { callApi, GENEROUS_QUOTAS, sleep, tokenFor } from './helpers';

const GRANDS_DOMAINES = '/rome-metiers/v1/metiers/grand-domaine';

describe('sandbox gateway behaviour', () => {
  let sandbox: Sandbox;
  let token: string;

  beforeAll(async () => {
    sandbox = await startSandbox({ quotas: GENEROUS_QUOTAS });
    token = await tokenFor(sandbox);
  });
  afterAll(() => sandbox.close());
  afterEach(() => {
    sandbox.clearFaults();
    sandbox.setLatency(0);
    for (const [api, rate] of Object.entries(GENEROUS_QUOTAS))
      sandbox.setQuota(api as keyof typeof GENEROUS_QUOTAS, rate);
  });

  describe('401', () => {
    it.each([
      ['no token', undefined],
      ['an unknown token', 'not-a-token'],
    ])('answers 401 with WWW-Authenticate for %s', async (_label, bearer) => {
      const response = await callApi(sandbox, bearer, GRANDS_DOMAINES);
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toBe('Bearer');
    });

    it('answers 401 for an unknown path under /partenaire, even with a valid token', async () => {
      for (const path of [
        '/offresdemploi/v9/offres/search',
        '/rome-fiches-metiers/v1/fiche-metier/M1805',
        '/nothing-here',
      ]) {
        const response = await callApi(sandbox, token, path);
        expect(response.status).toBe(401);
      }
    });

    it('answers 404 outside /partenaire and the token endpoint', async () => {
      const response = await fetch(`${sandbox.url}/somewhere-else`);
      expect(response.status).toBe(404);
    });
  });

  describe('403', () => {
    it('refuses a token that lacks the API scope pair, or has only half of it', async () => {
      const offresOnly = await tokenFor(sandbox, ['api_offresdemploiv2', 'o2dsoffre']);
      expect((await callApi(sandbox, offresOnly, GRANDS_DOMAINES)).status).toBe(403);
      const halfPair = await tokenFor(sandbox, ['api_rome-metiersv1']);
      expect((await callApi(sandbox, halfPair, GRANDS_DOMAINES)).status).toBe(403);
      const otherRomeProduct = await tokenFor(sandbox, ['api_rome-competencesv1', 'nomenclatureRome']);
      expect((await callApi(sandbox, otherRomeProduct, GRANDS_DOMAINES)).status).toBe(403);
      const rightPair = await tokenFor(sandbox, ['api_rome-metiersv1', 'nomenclatureRome']);
      expect((await callApi(sandbox, rightPair, GRANDS_DOMAINES)).status).toBe(200);
    });
  });

  describe('quotas', () => {
    it('answers 429 in text/plain with Retry-After and limiter headers, then lets calls through again', async () => {
      sandbox.setQuota('rome-metiers', 1);
      const first = await callApi(sandbox, token, GRANDS_DOMAINES);
      expect(first.status).toBe(200);
      expect(first.headers.get('x-ratelimit-burst-capacity-clientidlimiter')).toBe('1');

      const second = await callApi(sandbox, token, GRANDS_DOMAINES);
      expect(second.status).toBe(429);
      expect(second.headers.get('content-type')).toMatch(/^text\/plain/);
      const retryAfter = Number(second.headers.get('retry-after'));
      expect(Number.isInteger(retryAfter)).toBe(true);
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      expect(second.headers.get('x-ratelimit-burst-capacity-clientidlimiter')).toBe('1');
      expect(second.headers.get('x-ratelimit-remaining-clientidlimiter')).toBe('0');

      await sleep(retryAfter * 1000 + 50);
      const recovered = await callApi(sandbox, token, GRANDS_DOMAINES);
      expect(recovered.status).toBe(200);
      expect(sandbox.counters().rateLimited['rome-metiers']).toBeGreaterThanOrEqual(1);
    });

    it('keeps one bucket per API: exhausting one leaves the others alone', async () => {
      sandbox.setQuota('rome-metiers', 1);
      await callApi(sandbox, token, GRANDS_DOMAINES);
      expect((await callApi(sandbox, token, GRANDS_DOMAINES)).status).toBe(429);
      const contextes = await callApi(sandbox, token, '/rome-contextes-travail/v1/situations-travail/contexte-travail');
      expect(contextes.status).toBe(200);
    });
  });

  describe('latency', () => {
    it('delays every API response by the configured time', async () => {
      sandbox.setLatency(150);
      const started = performance.now();
      const response = await callApi(sandbox, token, GRANDS_DOMAINES);
      const elapsed = performance.now() - started;
      expect(response.status).toBe(200);
      // A lower bound only: a timer never fires before its delay (give or take a rounding millisecond).
      expect(elapsed).toBeGreaterThanOrEqual(148);
    });
  });

  describe('fault injection', () => {
    it('answers the injected status the given number of times, then the real response', async () => {
      sandbox.resetCounters();
      sandbox.injectFault({ api: 'rome-metiers', status: 503, times: 2 });
      expect((await callApi(sandbox, token, GRANDS_DOMAINES)).status).toBe(503);
      expect((await callApi(sandbox, token, GRANDS_DOMAINES)).status).toBe(503);
      expect((await callApi(sandbox, token, GRANDS_DOMAINES)).status).toBe(200);
      const counters = sandbox.counters();
      expect(counters.faults).toBe(2);
      expect(counters.calls['rome-metiers']).toBe(3);
    });

    it('answers an injected 429 like the gateway does', async () => {
      sandbox.injectFault({ api: 'offres', status: 429, retryAfterSeconds: 3, times: 1 });
      const response = await callApi(
        sandbox,
        token,
        '/offresdemploi/v2/offres/search?codeROME=M1805&departement=35&range=0-0',
      );
      expect(response.status).toBe(429);
      expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
      expect(response.headers.get('retry-after')).toBe('3');
      expect(response.headers.get('x-ratelimit-remaining-clientidlimiter')).toBe('0');
    });

    it('matches on a path fragment and leaves other paths alone', async () => {
      sandbox.injectFault({ pathIncludes: '/metiers/appellation', status: 500, body: '{"message":"boom"}' });
      const faulted = await callApi(sandbox, token, '/rome-metiers/v1/metiers/appellation/14153');
      expect(faulted.status).toBe(500);
      expect(await faulted.json()).toEqual({ message: 'boom' });
      expect((await callApi(sandbox, token, GRANDS_DOMAINES)).status).toBe(200);
      sandbox.clearFaults();
      expect((await callApi(sandbox, token, '/rome-metiers/v1/metiers/appellation/14153')).status).toBe(200);
    });

    it('can fail the token endpoint when a rule names its path', async () => {
      sandbox.injectFault({ pathIncludes: '/connexion/oauth2', status: 503, times: 1 });
      await expect(tokenFor(sandbox)).rejects.toThrow('503');
      await expect(tokenFor(sandbox)).resolves.toEqual(expect.any(String));
    });
  });

  describe('counters', () => {
    it('counts calls by API and route, including refused ones, and resets', async () => {
      sandbox.resetCounters();
      await callApi(sandbox, token, GRANDS_DOMAINES);
      await callApi(sandbox, token, '/rome-metiers/v1/metiers/metier/M1805?champs=code');
      await callApi(sandbox, token, '/rome-metiers/v1/metiers/metier/Z9999');
      await callApi(sandbox, token, '/offresdemploi/v2/offres/search?range=bad');
      await callApi(sandbox, undefined, GRANDS_DOMAINES);
      const counters = sandbox.counters();
      expect(counters.calls['rome-metiers']).toBe(3);
      expect(counters.calls.offres).toBe(1);
      expect(counters.total).toBe(4);
      expect(counters.byRoute).toEqual({
        [`GET ${GRANDS_DOMAINES}`]: 1,
        'GET /rome-metiers/v1/metiers/metier/{code}': 2,
        'GET /offresdemploi/v2/offres/search': 1,
      });
      sandbox.resetCounters();
      const reset = sandbox.counters();
      expect(reset.total).toBe(0);
      expect(reset.byRoute).toEqual({});
      expect(reset.tokens).toBe(0);
    });
  });

  describe('admin HTTP surface', () => {
    it('serves counters, resets them, and changes latency, quotas and faults', async () => {
      await callApi(sandbox, token, GRANDS_DOMAINES);
      const counters = (await (await fetch(`${sandbox.url}/_sandbox/counters`)).json()) as { total: number };
      expect(counters.total).toBeGreaterThan(0);

      expect((await fetch(`${sandbox.url}/_sandbox/reset`, { method: 'POST' })).status).toBe(204);
      expect(sandbox.counters().total).toBe(0);

      const configured = await fetch(`${sandbox.url}/_sandbox/config`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          latencyMs: 5,
          quotas: { marche: 7 },
          faults: [{ api: 'rome-metiers', status: 502, times: 1 }],
        }),
      });
      expect(configured.status).toBe(200);
      const config = (await configured.json()) as { latencyMs: number; quotas: Record<string, number> };
      expect(config.latencyMs).toBe(5);
      expect(config.quotas.marche).toBe(7);
      expect((await callApi(sandbox, token, GRANDS_DOMAINES)).status).toBe(502);
      expect((await callApi(sandbox, token, GRANDS_DOMAINES)).status).toBe(200);
      expect(sandbox.counters().faults).toBe(1);
    });

    it('rejects an invalid configuration without changing anything', async () => {
      const response = await fetch(`${sandbox.url}/_sandbox/config`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ latencyMs: 40, quotas: { nope: 3 } }),
      });
      expect(response.status).toBe(400);
      const config = (await (await fetch(`${sandbox.url}/_sandbox/config`)).json()) as { latencyMs: number };
      expect(config.latencyMs).toBe(0);
    });
  });
});
