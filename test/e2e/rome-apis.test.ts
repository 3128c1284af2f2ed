import type { RunningServer } from '../../src/server/app';
import { postQuery, startTestServer } from '../support/graph-server';

/** One query over the four ROME 4.0 APIs (métiers with their version, fiches, compétences, contextes) and Offres. */
const EVERY_ROME_API = /* GraphQL */ `
  query EveryRomeApi {
    romeVersion { version lastModifiedDate }
    occupation(code: "M1805") {
      code label access riasec { major minor } transitions { ecological digital }
      themes { code label } sectors { code label principal } nafDivisions { code label }
      nearbyOccupations { code label }
      workContexts { category contexts { code label occupations { code } } }
      competenceGroups {
        stake { code label domain { code label } }
        competences { code label kind ... on MacroKnowHow { treeCode objective { code stake { code } } } }
      }
      knowledgeGroups { category { code label } knowledge { code label ... on Knowledge { knowledgeSubCategory { label } } } }
      appellations { code label shortLabel classification offers(first: 2) { totalCount offers { id } } }
    }
    workContext(code: "403091") { code label category }
    competence(code: "100240") { code label kind occupations { code } }
    searchAppellations(text: "développeur", first: 5) { code label }
    searchOccupations(text: "developpeur", first: 5) { code label }
  }
`;

describe('the ROME 4.0 APIs through the graph, in sandbox mode', () => {
  let server: RunningServer;

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server?.stop();
  });

  test('one query over every ROME API costs one call per whole list and per distinct offers search cold, none warm', async () => {
    const sandbox = server.sandbox!;
    const before = sandbox.counters();
    const cold = await postQuery(server.url, EVERY_ROME_API);
    const afterCold = sandbox.counters();
    expect(cold.errors).toBeUndefined();
    const occupation = cold.data.occupation;
    expect(occupation.code).toBe('M1805');
    expect(occupation.competenceGroups.length).toBeGreaterThan(0);
    expect(occupation.knowledgeGroups.length).toBeGreaterThan(0);
    expect(occupation.workContexts.length).toBeGreaterThan(0);
    expect(cold.data.searchAppellations.length).toBeGreaterThan(0);
    expect(cold.data.searchOccupations.map((o: { code: string }) => o.code)).toContain('M1805');

    const appellations = occupation.appellations.length;
    // Served calls: a call the client limiter let through too early draws a 429 and is retried, which costs time,
    // not quota.
    const delta = (api: keyof typeof before.calls) =>
      afterCold.calls[api] - afterCold.rateLimited[api] - (before.calls[api] - before.rateLimited[api]);
    // Distinct-key minimum: one whole list per ROME product (the métiers list and the version are two keys of the
    // Métiers API), and one Offres search per appellation (a page of 2 fits one call).
    expect(delta('rome-metiers')).toBe(2);
    expect(delta('rome-fiches-metiers')).toBe(1);
    expect(delta('rome-competences')).toBe(1);
    expect(delta('rome-contextes-travail')).toBe(1);
    expect(delta('offres')).toBe(appellations);

    const warm = await postQuery(server.url, EVERY_ROME_API);
    expect(sandbox.counters().total - afterCold.total).toBe(0);
    expect(warm.data).toEqual(cold.data);
  });
});
