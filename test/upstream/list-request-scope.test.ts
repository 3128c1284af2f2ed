import { DEFAULT_TTLS, Deadline, type RequestScope, type StaleNotice, type Upstream } from '../../src/upstream';
import type { SandboxApi } from '../../src/sandbox';
import { GENEROUS_QUOTAS } from '../sandbox/helpers';
import { sandboxSuite } from './support/sandbox';

/**
 * Every whole-list load takes the incoming request's scope: its deadline bounds the load (here far shorter than the
 * client's own per-call timeout and default deadline), and a stale answer served in place of a failed refresh is
 * reported to it.
 */
const REQUEST_BUDGET_MS = 600;
/** A loaded 2-core machine; still far below one attempt's timeout (5 s in the test configuration). */
const MARGIN_MS = 1500;

const LISTS: [string, SandboxApi, (upstream: Upstream, scope: RequestScope) => Promise<unknown>][] = [
  ['ROME compétences', 'rome-competences', (upstream, scope) => upstream.rome.listCompetences(scope)],
  ['ROME version', 'rome-metiers', (upstream, scope) => upstream.rome.version(scope)],
  [
    'contextes de travail',
    'rome-contextes-travail',
    (upstream, scope) => upstream.romeContextesTravail.listContextesTravail(scope),
  ],
  ['Marché indicator catalogue', 'marche', (upstream, scope) => upstream.marche.listIndicateurs(scope)],
  ['Marché territories', 'marche', (upstream, scope) => upstream.marche.listTerritoires('REGION', scope)],
  ['Marché periods', 'marche', (upstream, scope) => upstream.marche.listPeriodes('ANNEE', scope)],
  ['Infotravail dataset', 'infotravail', (upstream, scope) => upstream.infotravail.dataset('imt', scope)],
  [
    'Infotravail IMT statistics',
    'infotravail',
    (upstream, scope) =>
      upstream.infotravail.imtStatistics({ romeCodes: ['M1805'], area: { level: 'DEPARTEMENT', code: '35' } }, scope),
  ],
];

describe('whole-list loads in the scope of the request', () => {
  // Generous quotas: a refused call must not be mistaken for the failure the test injects.
  const suite = sandboxSuite({ quotas: { ...GENEROUS_QUOTAS, infotravail: 1000 } });
  afterEach(() => {
    for (const [, api] of LISTS) suite.sandbox.setApiLatency(api, 0);
    suite.sandbox.clearFaults();
  });

  test.each(LISTS)('%s: a slow load ends with TIMEOUT at the request deadline', async (_list, api, load) => {
    const upstream = await suite.freshUpstream();
    suite.sandbox.setApiLatency(api, 20_000);
    const startedAt = performance.now();
    const failure = await load(upstream, { deadline: Deadline.after(REQUEST_BUDGET_MS) }).catch((error) => error);
    const elapsedMs = performance.now() - startedAt;

    expect(failure).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', reason: 'TIMEOUT', api });
    expect(elapsedMs).toBeLessThan(REQUEST_BUDGET_MS + MARGIN_MS);
  });

  test.each(LISTS)(
    '%s: a stale answer served after a failed refresh is reported to the request',
    async (_list, api, load) => {
      const short = { romeReferentialMs: 1, marcheReferentialMs: 1, infotravailMs: 1 };
      const upstream = await suite.freshUpstream({ ttls: { ...DEFAULT_TTLS, ...short }, maxRetries: 0 });
      const fresh = await load(upstream, {});
      await new Promise((resolve) => setTimeout(resolve, 20));
      suite.sandbox.injectFault({ api, status: 503 });
      const notices: StaleNotice[] = [];
      const stale = await load(upstream, { onStale: (notice) => notices.push(notice) });

      expect(stale).toEqual(fresh);
      expect(notices).toEqual([{ api, ageSeconds: expect.any(Number) }]);
    },
  );
});
