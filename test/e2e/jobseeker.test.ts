import type { RunningServer } from '../../src/server/app';
import { EXPIRED_JOB_SEEKER_TOKEN, NO_CONSENT_JOB_SEEKER_TOKEN } from '../../src/sandbox';
import type { MySoughtJobsQuery } from '../generated/graphql';
import { startTestServer } from '../support/graph-server';
import { postAsJobSeeker } from '../support/job-seeker';
import { operation } from '../support/operations';
import { captureLogs } from '../support/logs';

const MY_SOUGHT_JOBS = operation('my-sought-jobs');
const token = (id: string) => `sandbox-jobseeker-${id}`;

const EVERY_FIELD = `{ me { soughtJobs {
  id rank occupationCode occupationLabel occupation { code } appellationCode appellationLabel appellation { code label }
  employmentTypology { code label }
  contractTypes { code label longLabel priority reasonableOfferCriterion }
  workingTimes { code label fullTime minHours maxHours reasonableOfferCriterion }
  experience { value unit { code label } }
  mobilities { place { code label postalCode departementCode type { code label } kind territory { id name } }
               radius radiusUnit { code label } radiusKm }
  homeMobility { value unit { code label } }
  salaryWish { amount label code }
  franchiseProject businessTakeoverProject businessCreationProject
} } }`;

describe('me: the signed-in job seeker', () => {
  let server: RunningServer;

  beforeAll(async () => {
    server = await startTestServer({ FT_QUOTA_METIERS_RECHERCHES: '1' });
  });
  afterAll(() => server?.stop());

  it("answers every field of the job seeker's sought jobs", async () => {
    const answer = await postAsJobSeeker(server.url, token('alice'), EVERY_FIELD);
    expect(answer.errors).toBeUndefined();
    const [developer, dataEngineer] = answer.data.me.soughtJobs;
    expect(developer).toEqual({
      id: '1:14153',
      rank: 1,
      occupationCode: 'M1805',
      occupationLabel: 'Développeur / Développeuse informatique',
      occupation: { code: 'M1805' },
      appellationCode: '14153',
      appellationLabel: 'Développeur / Développeuse informatique',
      appellation: { code: '14153', label: 'Développeur / Développeuse informatique' },
      employmentTypology: { code: 'MR', label: 'Métier Recherché' },
      contractTypes: [
        {
          code: 'CDI',
          label: 'CDI',
          longLabel: 'Contrat à durée indéterminée',
          priority: 1,
          reasonableOfferCriterion: true,
        },
        {
          code: 'CDD',
          label: 'CDD',
          longLabel: 'Contrat à durée déterminée',
          priority: 2,
          reasonableOfferCriterion: false,
        },
      ],
      workingTimes: [
        {
          code: '1',
          label: 'temps plein',
          fullTime: true,
          minHours: null,
          maxHours: null,
          reasonableOfferCriterion: true,
        },
      ],
      experience: { value: 3, unit: { code: 'AN', label: 'An(s)' } },
      mobilities: [
        {
          place: {
            code: '35238',
            label: 'RENNES',
            postalCode: '35000',
            departementCode: '35',
            type: { code: '5', label: 'Commune' },
            kind: 'COMMUNE',
            territory: { id: 'COMMUNE:35238', name: 'Rennes' },
          },
          radius: 30,
          radiusUnit: { code: 'KM', label: 'Kilomètres' },
          radiusKm: 30,
        },
      ],
      homeMobility: { value: 30, unit: { code: 'KM', label: 'Kilomètres' } },
      salaryWish: { amount: 38000, label: 'Annuel', code: 'A' },
      franchiseProject: false,
      businessTakeoverProject: false,
      businessCreationProject: false,
    });
    expect(dataEngineer.mobilities.map((m: any) => m.place.territory.id)).toEqual(['DEPARTEMENT:35', 'DEPARTEMENT:44']);
    expect(dataEngineer.businessCreationProject).toBe(true);
    expect(dataEngineer.homeMobility).toBeNull();
  });

  it('reads région mobility, part time and hours; answers an empty list for a job seeker with no sought job', async () => {
    const bob = await postAsJobSeeker(server.url, token('bob'), EVERY_FIELD);
    const [cariste] = bob.data.me.soughtJobs;
    expect(cariste.mobilities[0].place).toMatchObject({ kind: 'REGION', territory: { id: 'REGION:52' } });
    expect(cariste.workingTimes).toEqual([
      {
        code: '2',
        label: 'temps partiel',
        fullTime: false,
        minHours: 20,
        maxHours: 30,
        reasonableOfferCriterion: false,
      },
    ]);
    expect(cariste.homeMobility).toEqual({ value: 45, unit: { code: 'MN', label: 'Minutes' } });
    const chloe = await postAsJobSeeker(server.url, token('chloe'), EVERY_FIELD);
    expect(chloe).toEqual({ data: { me: { soughtJobs: [] } } });
  });

  it.each([
    ['no header', 'UNAUTHENTICATED', undefined],
    ['a malformed header', 'UNAUTHENTICATED', 'not a token'],
    ['an expired token', 'UNAUTHENTICATED', EXPIRED_JOB_SEEKER_TOKEN],
    ['an unknown token', 'UNAUTHENTICATED', 'sandbox-jobseeker-nobody'],
    ['a token without consent', 'FORBIDDEN', NO_CONSENT_JOB_SEEKER_TOKEN],
  ])('with %s, me is null with %s on that field alone; the rest answers', async (_case, code, jobSeekerToken) => {
    const answer = await postAsJobSeeker(
      server.url,
      jobSeekerToken,
      '{ me { soughtJobs { id } } territory(type: DEPARTEMENT, code: "35") { name } }',
    );
    expect(answer.data).toEqual({ me: null, territory: { name: 'Ille-et-Vilaine' } });
    expect(answer.errors).toEqual([
      expect.objectContaining({ path: ['me'], extensions: expect.objectContaining({ code }) }),
    ]);
    if (jobSeekerToken) expect(JSON.stringify(answer)).not.toContain(jobSeekerToken);
  });

  it('never sends the job seeker token to another API, nor writes it to the console', async () => {
    const logged: string[] = [];
    const logs = captureLogs();
    const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((level) =>
      jest.spyOn(console, level).mockImplementation((...args: unknown[]) => {
        logged.push(args.map(String).join(' '));
      }),
    );
    try {
      const answer = await postAsJobSeeker(server.url, token('david'), MY_SOUGHT_JOBS);
      expect(answer.errors).toBeUndefined();
      await postAsJobSeeker(server.url, EXPIRED_JOB_SEEKER_TOKEN, MY_SOUGHT_JOBS);
    } finally {
      for (const spy of spies) spy.mockRestore();
      logs.restore();
    }
    logged.push(...logs.lines);
    expect(logs.lines.length).toBeGreaterThan(0);
    expect(logged.filter((line) => line.includes('sandbox-jobseeker'))).toEqual([]);
    // The sandbox answers 403 to a job-seeker token on any partner API, which would have shown as an error above;
    // and the application never asked for a job-seeker scope.
    const counters = server.sandbox!.counters();
    expect(Object.keys(counters.tokensByScope).some((scope) => scope.includes('peconnect'))).toBe(false);
  });

  it("matches offers on the appellation, within the job seeker's places, contracts and working time", async () => {
    const answer = await postAsJobSeeker<MySoughtJobsQuery>(server.url, token('alice'), MY_SOUGHT_JOBS, { first: 50 });
    expect(answer.errors).toBeUndefined();
    const [developer, dataEngineer] = answer.data!.me!.soughtJobs;
    const offers = developer.matchingOffers;
    expect(offers.matchedBy).toBe('APPELLATION');
    expect(offers.area).toEqual({ territories: [{ id: 'COMMUNE:35238' }], distanceKm: 30, widened: false });
    expect(offers.totalCount).toBeGreaterThan(0);
    for (const { node } of offers.edges) {
      expect(['CDI', 'CDD']).toContain(node.contract.type);
      expect(node.contract.fullTime).toBe(true);
      // The sandbox serves a 30 km radius as the commune's whole département.
      expect(node.location?.communeCode?.startsWith('35')).toBe(true);
    }
    expect(dataEngineer.matchingOffers.area).toEqual({
      territories: [{ id: 'DEPARTEMENT:35' }, { id: 'DEPARTEMENT:44' }],
      distanceKm: null,
      widened: false,
    });
    // Tension at the first mobility place: a commune counts as its département.
    expect(developer.tension).toMatchObject({ year: 2019, territory: { id: 'DEPARTEMENT:35' } });
    expect(developer.occupation.competences.length).toBeGreaterThan(0);
  });

  it("gives the occupation's salaries at the first mobility place, at the level the figures are published", async () => {
    const query = '{ me { soughtJobs { salary { occupationCode average territory { id } } } } }';
    const alice = await postAsJobSeeker(server.url, token('alice'), query);
    expect(alice.errors).toBeUndefined();
    expect(alice.data.me.soughtJobs[0].salary).toMatchObject({
      occupationCode: 'M1805',
      average: expect.any(Number),
      territory: { id: 'DEPARTEMENT:35' },
    });
    const bob = await postAsJobSeeker(server.url, token('bob'), query);
    expect(bob.errors).toBeUndefined();
    expect(bob.data.me.soughtJobs[0].salary).toMatchObject({ occupationCode: 'N1101', territory: { id: 'REGION:52' } });
  });

  it('falls back to the ROME code when the appellation finds nothing, says so, and pages on the same basis', async () => {
    const first = await postAsJobSeeker<MySoughtJobsQuery>(server.url, token('david'), MY_SOUGHT_JOBS, { first: 2 });
    const page = first.data!.me!.soughtJobs[0].matchingOffers;
    expect(page.matchedBy).toBe('OCCUPATION');
    expect(page.edges).toHaveLength(2);
    expect(page.pageInfo.hasNextPage).toBe(true);

    const next = await postAsJobSeeker(
      server.url,
      token('david'),
      `query($after: String) { me { soughtJobs { matchingOffers(first: 2, after: $after) { matchedBy totalCount edges { node { id } } } } } }`,
      { after: page.pageInfo.endCursor },
    );
    const second = next.data.me.soughtJobs[0].matchingOffers;
    expect(second.matchedBy).toBe('OCCUPATION');
    expect(second.totalCount).toBe(page.totalCount);
    const ids = [...page.edges, ...second.edges].map((edge: any) => edge.node.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('answers BAD_USER_INPUT for a cursor of another connection', async () => {
    const answer = await postAsJobSeeker(
      server.url,
      token('david'),
      '{ me { soughtJobs { matchingOffers(first: 2, after: "b2ZmZXI6MQ") { totalCount } } } }',
    );
    expect(answer.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('me through @apollo/gateway', () => {
  it('answers exactly what the in-process executor answers', async () => {
    const merged = await startTestServer();
    const gateway = await startTestServer({ GRAPH_EXECUTION: 'gateway' });
    try {
      for (const id of ['alice', 'david']) {
        const expected = await postAsJobSeeker(merged.url, token(id), MY_SOUGHT_JOBS);
        expect(expected.errors).toBeUndefined();
        expect(await postAsJobSeeker(gateway.url, token(id), MY_SOUGHT_JOBS)).toEqual(expected);
      }
      const anonymous = await postAsJobSeeker(gateway.url, undefined, '{ me { soughtJobs { id } } }');
      expect(anonymous.data).toEqual({ me: null });
      expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    } finally {
      await merged.stop();
      await gateway.stop();
    }
  });
});
