import type { RunningServer } from '../../src/server/app';
import type { SandboxCounters } from '../../src/sandbox';
import type { MySoughtJobsQuery } from '../generated/graphql';
import { startTestServer } from '../support/graph-server';
import { postAsJobSeeker } from '../support/job-seeker';
import { operation } from '../support/operations';

const MY_SOUGHT_JOBS = operation('my-sought-jobs');
const APIS = ['metiers-recherches', 'offres', 'rome-metiers', 'rome-fiches-metiers', 'marche'] as const;

function servedSince(before: SandboxCounters, after: SandboxCounters) {
  const calls = Object.fromEntries(
    APIS.map((api) => [api, after.calls[api] - before.calls[api] - (after.rateLimited[api] - before.rateLimited[api])]),
  );
  return { tokens: after.tokens - before.tokens, ...calls };
}

describe('upstream calls of a me query with matching offers, tension and competences', () => {
  let server: RunningServer;

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server?.stop());

  test('cold = distinct-key minimum, warm = 0, and a second person is warm on shared data, cold on their own', async () => {
    const sandbox = server.sandbox!;
    const start = sandbox.counters();
    const alice = await postAsJobSeeker<MySoughtJobsQuery>(server.url, 'sandbox-jobseeker-alice', MY_SOUGHT_JOBS);
    const afterAlice = sandbox.counters();
    expect(alice.errors).toBeUndefined();
    const jobs = alice.data!.me!.soughtJobs;
    expect(jobs).toHaveLength(2);

    // Distinct-key minimum for Alice: her sought jobs (1 Métiers recherchés call, with her token); per sought job one
    // offers search, two when the appellation finds nothing and the ROME code is searched; the two ROME whole lists
    // (métiers with appellations, fiches with competences); one tension per distinct (occupation, market territory).
    // Tokens: none — the application's were fetched at start-up, and hers came with the request.
    const searches = jobs.reduce((sum, job) => sum + (job.matchingOffers.matchedBy === 'APPELLATION' ? 1 : 2), 0);
    const tensionKeys = new Set(jobs.map((job) => `${job.occupation.code}|${job.tension?.territory.id}`));
    expect(tensionKeys).toEqual(new Set(['M1805|DEPARTEMENT:35', 'M1811|DEPARTEMENT:35']));
    expect(servedSince(start, afterAlice)).toEqual({
      tokens: 0,
      'metiers-recherches': 1,
      offres: searches,
      'rome-metiers': 1,
      'rome-fiches-metiers': 1,
      marche: tensionKeys.size,
    });

    const again = await postAsJobSeeker(server.url, 'sandbox-jobseeker-alice', MY_SOUGHT_JOBS);
    const afterWarm = sandbox.counters();
    expect(again).toEqual(alice);
    expect(servedSince(afterAlice, afterWarm)).toEqual({
      tokens: 0,
      'metiers-recherches': 0,
      offres: 0,
      'rome-metiers': 0,
      'rome-fiches-metiers': 0,
      marche: 0,
    });

    // Emma looks for Alice's first job: offers, tension and ROME are shared data, warm; her sought jobs are hers, cold.
    const emma = await postAsJobSeeker<MySoughtJobsQuery>(server.url, 'sandbox-jobseeker-emma', MY_SOUGHT_JOBS);
    expect(emma.errors).toBeUndefined();
    expect(emma.data!.me!.soughtJobs).toEqual([jobs[0]]);
    expect(servedSince(afterWarm, sandbox.counters())).toEqual({
      tokens: 0,
      'metiers-recherches': 1,
      offres: 0,
      'rome-metiers': 0,
      'rome-fiches-metiers': 0,
      marche: 0,
    });
    expect(sandbox.counters().tokensByScope).not.toHaveProperty(['api_peconnect-metiersrecherchesv1']);
  });
});
