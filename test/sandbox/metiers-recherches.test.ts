import { EXPIRED_JOB_SEEKER_TOKEN, NO_CONSENT_JOB_SEEKER_TOKEN, startSandbox, type Sandbox } from '../../src/sandbox';
import { metiersRecherchesSchema } from '../../src/upstream/metiers-recherches/dto';
import { callApi, tokenFor } from './helpers';

const PATH = '/peconnect-metiersrecherches/v1/metiersrecherches';

describe('sandbox Métiers recherchés (user token)', () => {
  let sandbox: Sandbox;

  beforeAll(async () => {
    sandbox = await startSandbox({ quotas: { 'metiers-recherches': 0 } });
  });
  afterAll(() => sandbox.close());

  it.each([
    ['alice', 2],
    ['bob', 1],
    ['chloe', 0],
    ['david', 1],
  ])("answers %s's sought jobs as a JSON array of %i items the client's contract accepts", async (id, count) => {
    const response = await callApi(sandbox, sandbox.jobSeekerToken(id), PATH);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const body = metiersRecherchesSchema.parse(await response.json());
    expect(body).toHaveLength(count);
  });

  it('gives every field of the documented item, mobility by commune, département and région', async () => {
    const alice = metiersRecherchesSchema.parse(
      await (await callApi(sandbox, sandbox.jobSeekerToken('alice'), PATH)).json(),
    );
    expect(alice[0]).toMatchObject({
      rome: { code: 'M1805' },
      appellation: { code: '14153' },
      typologieEmploi: { code: 'MR' },
      contrats: [
        { type: { code: 'CDI' }, priorite: 1 },
        { type: { code: 'CDD' }, priorite: 2 },
      ],
      dureesHebdo: [{ tempsTravail: { code: '1' } }],
      dureeExperience: { valeur: 3, unite: { code: 'AN' } },
      mobilites: [{ lieu: { code: '35238', type: { code: '5' } }, rayon: 30, unite: { code: 'KM' } }],
      mobiliteHabitation: { valeur: 30, unite: { code: 'KM' } },
      salaire: { remuneration: 38000 },
      typeCrefCreation: false,
    });
    expect(alice[1].mobilites?.map((m) => m.lieu.type.code)).toEqual(['4', '4']);
    const bob = metiersRecherchesSchema.parse(
      await (await callApi(sandbox, sandbox.jobSeekerToken('bob'), PATH)).json(),
    );
    expect(bob[0].mobilites?.[0].lieu).toMatchObject({ code: '52', type: { code: '2' } });
  });

  it('answers 403 to an application (client-credentials) token, and to a job seeker who did not consent', async () => {
    const partner = await tokenFor(sandbox);
    expect((await callApi(sandbox, partner, PATH)).status).toBe(403);
    expect((await callApi(sandbox, NO_CONSENT_JOB_SEEKER_TOKEN, PATH)).status).toBe(403);
  });

  it('answers 401 with WWW-Authenticate to an expired, unknown or missing token', async () => {
    for (const token of [EXPIRED_JOB_SEEKER_TOKEN, 'sandbox-jobseeker-nobody', undefined]) {
      const response = await callApi(sandbox, token, PATH);
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toBe('Bearer');
    }
  });

  it('never lets a job-seeker token open a partner API', async () => {
    const response = await callApi(sandbox, sandbox.jobSeekerToken('alice'), '/offresdemploi/v2/offres/search');
    expect(response.status).toBe(403);
  });

  it('counts user calls against the application quota: 429 with Retry-After past it', async () => {
    const limited = await startSandbox({ quotas: { 'metiers-recherches': 1 } });
    try {
      const first = await callApi(limited, limited.jobSeekerToken('alice'), PATH);
      const second = await callApi(limited, limited.jobSeekerToken('bob'), PATH);
      expect(first.status).toBe(200);
      expect(second.status).toBe(429);
      expect(second.headers.get('content-type')).toMatch(/^text\/plain/);
      expect(Number(second.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    } finally {
      await limited.close();
    }
  });
});
