import type { RunningServer } from '../../src/server/app';
import { postQuery, startTestServer } from '../support/graph-server';

describe('client-friendly types: ids, date-times, closed enums', () => {
  let server: RunningServer;

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server?.stop();
  });

  test('every entity a client cache normalises has a stable id', async () => {
    const query = `{
      occupation(code: "M1805") {
        id code domain { id code majorDomain { id code } }
        appellations { id code }
        competences { id code kind category }
      }
      territory(type: COMMUNE, code: "35238") { id departement { id } }
    }`;
    const first = await postQuery(server.url, query);
    expect(first.errors).toBeUndefined();
    const occupation = first.data.occupation;
    expect(occupation.id).toBe('M1805');
    expect(occupation.domain).toMatchObject({ id: 'M18', majorDomain: { id: 'M' } });
    for (const appellation of occupation.appellations) expect(appellation.id).toBe(appellation.code);
    const competenceIds = occupation.competences.map((competence: { id: string }) => competence.id);
    expect(competenceIds.length).toBeGreaterThan(0);
    expect(new Set(competenceIds).size).toBe(competenceIds.length);
    expect(first.data.territory).toEqual({ id: 'COMMUNE:35238', departement: { id: 'DEPARTEMENT:35' } });
    // Stable: the same id for the same thing in the next answer.
    expect((await postQuery(server.url, query)).data).toEqual(first.data);
  });

  test('offer dates are ISO 8601 date-times and match reasons a closed enum', async () => {
    const answer = await postQuery(
      server.url,
      `{ offers(filter: { departement: "35" }, first: 50) { edges { node {
          id createdAt updatedAt appellationMatch { method reason }
      } } }
      __type(name: "AppellationMismatchReason") { enumValues { name } } }`,
    );
    expect(answer.errors).toBeUndefined();
    const reasons = answer.data.__type.enumValues.map((value: { name: string }) => value.name);
    expect(reasons).toEqual(['NO_LABEL', 'UNKNOWN_ROME_CODE', 'NO_MATCHING_LABEL', 'AMBIGUOUS_LABEL']);
    const nodes = answer.data.offers.edges.map((edge: { node: unknown }) => edge.node);
    expect(nodes.length).toBeGreaterThan(0);
    for (const node of nodes) {
      expect(node.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
      if (node.updatedAt !== null)
        expect(Date.parse(node.updatedAt)).toBeGreaterThanOrEqual(Date.parse(node.createdAt));
      if (node.appellationMatch.reason !== null) expect(reasons).toContain(node.appellationMatch.reason);
    }
  });
});
