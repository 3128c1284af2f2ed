import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, isAbstractType } from 'graphql';
import { jobsNearMe, mySoughtJobs } from '../../examples/bff/bff';
import { createGraphClient } from '../../examples/bff/graph-client';
import { possibleTypes } from '../../examples/bff/possible-types';
import type { RunningServer } from '../../src/server/app';
import { startTestServer } from '../support/graph-server';

describe('the BFF example (Apollo Client) against travail-graph in sandbox mode', () => {
  jest.setTimeout(120_000);
  let server: RunningServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server?.stop());

  test('JobsNearMe fills the normalised cache with offers, occupations, appellations and territories', async () => {
    const client = createGraphClient({ url: server.url });
    const cards = await jobsNearMe(client);
    expect(cards.length).toBeGreaterThan(0);
    expect(cards[0]).toEqual(expect.objectContaining({ id: expect.any(String), title: expect.any(String) }));
    const cache = client.cache.extract() as Record<string, Record<string, unknown>>;
    const ids = Object.keys(cache);
    expect(ids).toContain(`Offer:${cards[0]!.id}`);
    expect(ids).toContain('Occupation:{"code":"M1805"}');
    expect(ids.some((id) => id.startsWith('RomeAppellation:{"code":'))).toBe(true);
    expect(ids.some((id) => /^(DetailedSkill|Knowledge|MacroKnowHow|MacroSoftSkill):\{"code":/.test(id))).toBe(true);
    expect(ids.some((id) => id.startsWith('Territory:COMMUNE:'))).toBe(true);
    // One occupation entity, however many offers point at it.
    expect(ids.filter((id) => id === 'Occupation:{"code":"M1805"}')).toHaveLength(1);
    const offer = cache[`Offer:${cards[0]!.id}`]!;
    expect(offer.appellation === null || typeof (offer.appellation as { __ref?: string }).__ref === 'string').toBe(
      true,
    );
    client.stop();
  });

  test("the job seeker's client sends their token and caches their sought jobs", async () => {
    const client = createGraphClient({ url: server.url, jobSeekerToken: 'sandbox-jobseeker-alice' });
    const jobs = await mySoughtJobs(client);
    expect(jobs.length).toBe(2);
    const cache = client.cache.extract() as Record<string, Record<string, unknown>>;
    expect(Object.keys(cache.ROOT_QUERY!)).toContain('me');
    expect(Object.keys(cache)).toContain('Occupation:{"code":"M1805"}');
    expect(Object.keys(cache).some((id) => id.startsWith('Offer:'))).toBe(true);
    client.stop();
  });

  test("possibleTypes matches the schema's interfaces and unions", () => {
    const schema = buildSchema(readFileSync(path.resolve(__dirname, '../../schema/api.graphql'), 'utf8'));
    const fromSchema = Object.fromEntries(
      Object.values(schema.getTypeMap())
        .filter((type) => !type.name.startsWith('__') && isAbstractType(type))
        .map((type) => [
          type.name,
          schema
            .getPossibleTypes(type as never)
            .map((member) => member.name)
            .sort(),
        ]),
    );
    expect(possibleTypes).toEqual(fromSchema);
  });
});
