import type { RunningServer } from '../../src/server/app';
import { SANDBOX_JOB_SEEKERS, startSandbox, type Sandbox } from '../../src/sandbox';
import type { RedisConnection } from '../../src/upstream/core/redis-connection';
import { startTestServer } from '../support/graph-server';
import { postAsJobSeeker } from '../support/job-seeker';
import { connectTestRedis, deleteKeysUnder, REDIS_URL, uniqueKeyPrefix } from '../upstream/support/redis';

/** Enough of a job seeker's answer to tell people apart, offers included (shared by people with the same wish). */
const WHO_AM_I = `{ me { soughtJobs {
  id appellationCode mobilities { place { code } }
  tension { level territory { id } }
  matchingOffers(first: 3) { totalCount matchedBy edges { node { id } } }
} } }`;

const PEOPLE = SANDBOX_JOB_SEEKERS.map((jobSeeker) => jobSeeker.id);
const tokenOf = (id: string) => `sandbox-jobseeker-${id}`;

/** What each person declared in the sandbox: their appellations and places, in order. */
function declared(id: string) {
  const jobSeeker = SANDBOX_JOB_SEEKERS.find((candidate) => candidate.id === id)!;
  return (jobSeeker.metiersRecherches as any[]).map((item, index) => ({
    id: `${index + 1}:${item.appellation.code}`,
    places: (item.mobilites ?? []).map((mobility: any) => mobility.lieu.code),
  }));
}

function identity(answer: any) {
  expect(answer.errors).toBeUndefined();
  return answer.data.me.soughtJobs.map((job: any) => ({
    id: job.id,
    places: job.mobilities.map((mobility: any) => mobility.place.code),
  }));
}

/** Every person, several times, all at once, interleaved: cold, then warm, through each of `servers`. */
async function everyoneAtOnce(servers: RunningServer[], rounds: number) {
  const requests: { id: string; server: RunningServer }[] = [];
  for (let round = 0; round < rounds; round++) {
    PEOPLE.forEach((id, index) => {
      requests.push({ id, server: servers[(round + index) % servers.length] });
      // The same person twice in flight: the coalescing path, and a neighbour's request in between.
      requests.push({ id, server: servers[(round + index + 1) % servers.length] });
    });
  }
  return Promise.all(
    requests.map(async ({ id, server }) => ({ id, answer: await postAsJobSeeker(server.url, tokenOf(id), WHO_AM_I) })),
  );
}

function expectEachSeesOnlyTheirOwn(answers: { id: string; answer: any }[]) {
  const byPerson = new Map<string, unknown>();
  for (const { id, answer } of answers) {
    expect({ id, jobs: identity(answer) }).toEqual({ id, jobs: declared(id) });
    // Identical for one person across servers, rounds and paths (cold, coalesced, cached).
    const seen = byPerson.get(id);
    if (seen) expect(answer.data).toEqual(seen);
    else byPerson.set(id, answer.data);
  }
  expect(byPerson.size).toBe(PEOPLE.length);
}

/** Métiers recherchés calls the sandbox served (a 429, waited out and retried, is not an answer). */
function served(sandbox: Sandbox): number {
  const counters = sandbox.counters();
  return counters.calls['metiers-recherches'] - counters.rateLimited['metiers-recherches'];
}

describe('one job seeker never sees another one’s data', () => {
  it('through one server: five people, interleaved and concurrent, cold and warm', async () => {
    const server = await startTestServer({ FT_QUOTA_METIERS_RECHERCHES: '1' });
    try {
      const cold = await everyoneAtOnce([server], 2);
      expectEachSeesOnlyTheirOwn(cold);
      // One call served per person: concurrent requests of one person were coalesced, never across people.
      expect(served(server.sandbox!)).toBe(PEOPLE.length);
      const warm = await everyoneAtOnce([server], 2);
      expectEachSeesOnlyTheirOwn([...cold, ...warm]);
      expect(served(server.sandbox!)).toBe(PEOPLE.length);
    } finally {
      await server.stop();
    }
  });

  describe('through two servers sharing Redis', () => {
    const keyPrefix = uniqueKeyPrefix('jobseeker-isolation');
    let sandbox: Sandbox;
    let redis: RedisConnection;
    const servers: RunningServer[] = [];

    const start = (secret: string | undefined) =>
      startTestServer({
        FT_CLIENT_ID: sandbox.credentials.clientId,
        FT_CLIENT_SECRET: sandbox.credentials.clientSecret,
        FT_API_BASE_URL: sandbox.apiBaseUrl,
        FT_TOKEN_URL: sandbox.tokenUrl,
        REDIS_URL,
        CACHE_PREFIX: keyPrefix,
        FT_QUOTA_METIERS_RECHERCHES: '100',
        ...(secret ? { JOB_SEEKER_CACHE_SECRET: secret } : {}),
      }).then((server) => {
        servers.push(server);
        return server;
      });

    beforeAll(async () => {
      sandbox = await startSandbox({ quotas: { 'metiers-recherches': 100 } });
      redis = await connectTestRedis();
    });
    afterAll(async () => {
      await Promise.all(servers.map((server) => server.stop()));
      await deleteKeysUnder(redis, keyPrefix);
      await redis.close();
      await sandbox.close();
    });

    it('with one configured secret: each sees their own, and a person cached by one server is warm on the other', async () => {
      const first = await start('shared-secret-for-tests');
      const second = await start('shared-secret-for-tests');
      const answers = await everyoneAtOnce([first, second], 3);
      expectEachSeesOnlyTheirOwn(answers);

      const before = served(sandbox);
      for (const id of PEOPLE) {
        expect(identity(await postAsJobSeeker(second.url, tokenOf(id), WHO_AM_I))).toEqual(declared(id));
        expect(identity(await postAsJobSeeker(first.url, tokenOf(id), WHO_AM_I))).toEqual(declared(id));
      }
      expect(served(sandbox)).toBe(before);
    });

    it('with a secret per process: nothing personal is shared, and each still sees their own', async () => {
      const first = await start(undefined);
      const second = await start(undefined);
      const answers = await everyoneAtOnce([first, second], 2);
      expectEachSeesOnlyTheirOwn(answers);
    });
  });
});
