import { EXPIRED_JOB_SEEKER_TOKEN, NO_CONSENT_JOB_SEEKER_TOKEN } from '../../../src/sandbox';
import {
  DEFAULT_QUOTAS,
  JobSeekerForbiddenError,
  JobSeekerUnauthenticatedError,
  type Upstream,
  UpstreamContractError,
} from '../../../src/upstream';
import type { RedisConnection } from '../../../src/upstream/core/redis-connection';
import { connectTestRedis, deleteKeysUnder, keysUnder, REDIS_URL, uniqueKeyPrefix } from '../support/redis';
import { callsDuring, configFor, startSandbox, UpstreamPool, type Sandbox } from '../support/sandbox';

const QUOTAS = { ...DEFAULT_QUOTAS, 'metiers-recherches': 100 };

describe('Métiers recherchés client', () => {
  const pool = new UpstreamPool();
  let sandbox: Sandbox;
  let upstream: Upstream;
  const alice = () => sandbox.jobSeekerToken('alice');
  const bob = () => sandbox.jobSeekerToken('bob');

  beforeAll(async () => {
    sandbox = await startSandbox({ quotas: { 'metiers-recherches': 0 } });
    upstream = await pool.open(configFor(sandbox, { quotas: QUOTAS }));
  });
  afterAll(async () => {
    await pool.closeAll();
    await sandbox.close();
  });
  afterEach(() => sandbox.clearFaults());

  it("reads the job seeker's sought jobs with their own token, and no application token", async () => {
    const { result, calls, tokens } = await callsDuring(sandbox, () => upstream.metiersRecherches.soughtJobs(alice()));
    expect(result.map((item) => item.appellation.code)).toEqual(['14153', '404278']);
    expect(calls('metiers-recherches')).toBe(1);
    expect(tokens).toBe(0);
  });

  it('keeps each answer for its job seeker only: one call per person, never the other one’s', async () => {
    const fresh = await pool.open(configFor(sandbox, { quotas: QUOTAS }));
    const { result, calls } = await callsDuring(sandbox, () =>
      Promise.all([
        fresh.metiersRecherches.soughtJobs(alice()),
        fresh.metiersRecherches.soughtJobs(bob()),
        fresh.metiersRecherches.soughtJobs(alice()),
        fresh.metiersRecherches.soughtJobs(bob()),
      ]),
    );
    expect(calls('metiers-recherches')).toBe(2);
    expect(result.map((items) => items.map((item) => item.rome.code))).toEqual([
      ['M1805', 'M1811'],
      ['N1101'],
      ['M1805', 'M1811'],
      ['N1101'],
    ]);
    const warm = await callsDuring(sandbox, () => fresh.metiersRecherches.soughtJobs(bob()));
    expect(warm.calls('metiers-recherches')).toBe(0);
    expect(warm.result[0].rome.code).toBe('N1101');
  });

  it('reports 401 as JobSeekerUnauthenticatedError, once, without trying the application token', async () => {
    const { result, calls, tokens } = await callsDuring(sandbox, () =>
      upstream.metiersRecherches.soughtJobs(EXPIRED_JOB_SEEKER_TOKEN).catch((error: unknown) => error),
    );
    expect(result).toBeInstanceOf(JobSeekerUnauthenticatedError);
    expect(String((result as Error).message)).not.toContain(EXPIRED_JOB_SEEKER_TOKEN);
    expect(tokens).toBe(0);
    // A 401 never reaches an API (the gateway refuses it first), so the sandbox counts no call at all.
    expect(calls('metiers-recherches')).toBe(0);
  });

  it('reports 403 as JobSeekerForbiddenError, once, without retrying', async () => {
    const { result, calls, tokens } = await callsDuring(sandbox, () =>
      upstream.metiersRecherches.soughtJobs(NO_CONSENT_JOB_SEEKER_TOKEN).catch((error: unknown) => error),
    );
    expect(result).toBeInstanceOf(JobSeekerForbiddenError);
    expect(calls('metiers-recherches')).toBe(1);
    expect(tokens).toBe(0);
  });

  it('does not cache a refusal: the same person signed in again is answered', async () => {
    sandbox.injectFault({ api: 'metiers-recherches', status: 403, times: 1 });
    const fresh = await pool.open(configFor(sandbox, { quotas: QUOTAS }));
    await expect(fresh.metiersRecherches.soughtJobs(bob())).rejects.toBeInstanceOf(JobSeekerForbiddenError);
    await expect(fresh.metiersRecherches.soughtJobs(bob())).resolves.toHaveLength(1);
  });

  it('waits out a 429 and its Retry-After through the shared limiter', async () => {
    sandbox.injectFault({ api: 'metiers-recherches', status: 429, retryAfterSeconds: 1, times: 1 });
    const fresh = await pool.open(configFor(sandbox, { quotas: QUOTAS }));
    const { result, calls, rateLimited } = await callsDuring(sandbox, () =>
      fresh.metiersRecherches.soughtJobs(sandbox.jobSeekerToken('david')),
    );
    expect(result).toHaveLength(1);
    expect(rateLimited('metiers-recherches')).toBe(1);
    expect(calls('metiers-recherches')).toBe(2);
  });

  it('rejects an answer that breaks the contract with UPSTREAM_CONTRACT naming the field', async () => {
    sandbox.injectFault({
      api: 'metiers-recherches',
      status: 200,
      times: 1,
      body: JSON.stringify([{ rome: { code: 'M1805' }, appellation: { code: '14153', libelle: 'x' } }]),
    });
    const fresh = await pool.open(configFor(sandbox, { quotas: QUOTAS }));
    const error = await fresh.metiersRecherches.soughtJobs(alice()).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UpstreamContractError);
    expect((error as UpstreamContractError).field).toBe('0.rome.libelle');
  });
});

describe('Métiers recherchés answers in a shared Redis', () => {
  const pool = new UpstreamPool();
  const keyPrefix = uniqueKeyPrefix('jobseeker');
  let sandbox: Sandbox;
  let redis: RedisConnection;

  beforeAll(async () => {
    sandbox = await startSandbox({ quotas: { 'metiers-recherches': 0 } });
    redis = await connectTestRedis();
  });
  afterAll(async () => {
    await pool.closeAll();
    await deleteKeysUnder(redis, keyPrefix);
    await redis.close();
    await sandbox.close();
  });

  it('are stored under a keyed hash of the token, never the token, shared only with the same secret', async () => {
    const config = configFor(sandbox, {
      redisUrl: REDIS_URL,
      keyPrefix,
      quotas: QUOTAS,
      userKeySecret: 'shared-secret',
    });
    const first = await pool.open(config);
    const second = await pool.open(config);
    const other = await pool.open({ ...config, userKeySecret: undefined });

    await first.metiersRecherches.soughtJobs(sandbox.jobSeekerToken('alice'));
    const keys = await keysUnder(redis, keyPrefix);
    expect(keys.some((key) => key.includes('metiers-recherches:user:'))).toBe(true);
    expect(keys.filter((key) => key.includes('jobseeker-alice'))).toEqual([]);
    const userKeys = keys.filter((key) => key.includes('metiers-recherches:user:'));
    const values = await Promise.all(userKeys.map((key) => redis.get(key)));
    expect(values.some((value) => value?.includes('M1805'))).toBe(true);
    expect(values.filter((value) => value?.includes('jobseeker-alice'))).toEqual([]);

    const shared = await callsDuring(sandbox, () =>
      second.metiersRecherches.soughtJobs(sandbox.jobSeekerToken('alice')),
    );
    expect(shared.calls('metiers-recherches')).toBe(0);
    const unshared = await callsDuring(sandbox, () =>
      other.metiersRecherches.soughtJobs(sandbox.jobSeekerToken('alice')),
    );
    expect(unshared.calls('metiers-recherches')).toBe(1);
    expect(unshared.result).toEqual(shared.result);
  });
});
