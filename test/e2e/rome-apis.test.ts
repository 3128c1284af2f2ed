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
      appellations { code label shortLabel classification offers(first: 2) { totalCount edges { node { id } } } }
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
  }, 90_000);
});

describe('ROME 4.0 graph behaviour, in sandbox mode', () => {
  let server: RunningServer;

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server?.stop();
  });

  test('competences are typed by kind and walk the tree from domain down to detailed skills', async () => {
    const result = await postQuery(
      server.url,
      /* GraphQL */ `{
        competenceDomains {
          code
          stakes { code domain { code } objectives { code stake { code } macroCompetences {
            __typename code kind
            ... on MacroKnowHow { objective { code } detailedSkills { __typename code ... on DetailedSkill { macroCompetence { code } } } }
            ... on MacroSoftSkill { professionalQuality }
          } } }
        }
        knowledgeCategories { code label subCategories { label } knowledge(first: 2) { __typename kind ... on Knowledge { knowledgeCategory { code } } } }
      }`,
    );
    expect(result.errors).toBeUndefined();
    const domains = result.data.competenceDomains;
    expect(domains.length).toBeGreaterThan(0);
    const macros = domains.flatMap((d: any) =>
      d.stakes.flatMap((s: any) => {
        expect(s.domain.code).toBe(d.code);
        return s.objectives.flatMap((o: any) => {
          expect(o.stake.code).toBe(s.code);
          return o.macroCompetences.map((m: any) => ({ ...m, objectiveCode: o.code }));
        });
      }),
    );
    const typenames = new Set(macros.map((m: any) => m.__typename));
    expect([...typenames].sort()).toEqual(['MacroKnowHow', 'MacroSoftSkill']);
    const knowHow = macros.filter((m: any) => m.__typename === 'MacroKnowHow');
    for (const macro of knowHow) {
      expect(macro.kind).toBe('KNOW_HOW');
      expect(macro.objective.code).toBe(macro.objectiveCode);
      for (const skill of macro.detailedSkills) {
        expect(skill.__typename).toBe('DetailedSkill');
        expect(skill.macroCompetence.code).toBe(macro.code);
      }
    }
    expect(knowHow.some((m: any) => m.detailedSkills.length > 0)).toBe(true);
    for (const category of result.data.knowledgeCategories) {
      for (const knowledge of category.knowledge) {
        expect(knowledge).toEqual({
          __typename: 'Knowledge',
          kind: 'KNOWLEDGE',
          knowledgeCategory: { code: category.code },
        });
      }
    }
  });

  test('reverse links: a competence lists the occupations whose sheet has it, a work context its occupations', async () => {
    const result = await postQuery(
      server.url,
      /* GraphQL */ `{
        occupation(code: "M1805") {
          competences { code occupations { code } }
          workContexts { contexts { code occupations { code } } }
          nearbyOccupations { code nearbyOccupations { code } }
        }
      }`,
    );
    expect(result.errors).toBeUndefined();
    const occupation = result.data.occupation;
    for (const competence of occupation.competences.slice(0, 20)) {
      expect(competence.occupations.map((o: any) => o.code)).toContain('M1805');
    }
    for (const group of occupation.workContexts) {
      for (const context of group.contexts) expect(context.occupations.map((o: any) => o.code)).toContain('M1805');
    }
    expect(occupation.nearbyOccupations.length).toBeGreaterThan(0);
  });

  test('search ranks exact and leading matches first and validates its text', async () => {
    const result = await postQuery(
      server.url,
      /* GraphQL */ `{
        searchAppellations(text: "Développeur WEB", first: 3) { label }
        searchOccupations(text: "infirmier", first: 3) { code }
      }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data.searchAppellations[0].label).toMatch(/^Développeur \/ Développeuse web/);
    expect(result.data.searchOccupations.map((o: any) => o.code)).toContain('J1506');

    const invalid = await postQuery(server.url, '{ searchAppellations(text: " é ") { code } }');
    expect(invalid.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  test('unknown codes answer NOT_FOUND and malformed ones BAD_USER_INPUT, before any upstream call', async () => {
    const sandbox = server.sandbox!;
    const before = sandbox.counters().total;
    const malformed = await postQuery(
      server.url,
      '{ competence(code: "ab") { code } workContext(code: "x1") { code } competences(codes: ["1"], first: 0) { code } }',
    );
    expect(malformed.errors?.map((e) => e.extensions?.code)).toEqual([
      'BAD_USER_INPUT',
      'BAD_USER_INPUT',
      'BAD_USER_INPUT',
    ]);
    expect(sandbox.counters().total).toBe(before);
    const unknown = await postQuery(server.url, '{ competence(code: "1") { code } workContext(code: "1") { code } }');
    expect(unknown.errors?.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND', 'NOT_FOUND']);
  });
});
