import type { RunningServer } from '../../src/server/app';
import type { SandboxCounters } from '../../src/sandbox';
import type { JobsNearMeQuery } from '../generated/graphql';
import { postQuery, startTestServer } from '../support/graph-server';
import { operation } from '../support/operations';

const JOBS_NEAR_ME = operation('jobs-near-me');
const variables = { departement: '35', romeCodes: ['M1805', 'M1811'], first: 150 };

function callsSince(before: SandboxCounters, after: SandboxCounters) {
  return { tokens: after.tokens - before.tokens, api: after.total - before.total };
}

describe('the core traversal through the gateway, in sandbox mode', () => {
  let server: RunningServer;

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server?.stop();
  });

  test('offers → appellation → competences → tension → territory, at the distinct-key minimum cold and with no upstream call warm', async () => {
    const sandbox = server.sandbox!;
    const before = sandbox.counters();
    const cold = await postQuery<JobsNearMeQuery>(server.url, JOBS_NEAR_ME, variables);
    const afterCold = sandbox.counters();

    expect(cold.errors).toBeUndefined();
    const connection = cold.data!.offers!;
    const offers = connection.edges.map((edge) => edge.node);
    expect(connection.totalCount).toBeGreaterThan(150);
    expect(offers).toHaveLength(150);
    expect(connection.pageInfo.hasNextPage).toBe(true);

    for (const offer of offers) {
      expect(['M1805', 'M1811']).toContain(offer.romeCode);
      expect(offer.location?.territory?.type).toBe('COMMUNE');
      expect(offer.location?.territory?.region).toEqual({ code: '53', name: 'Bretagne' });
      if (offer.appellation) {
        // Exact: the appellation belongs to the offer's own ROME code.
        expect(offer.appellation.occupation.code).toBe(offer.romeCode);
        expect(offer.appellationMatch.method).toMatch(/^(EXACT|NORMALIZED|GENDERED_FORM)$/);
        expect(offer.appellation.competences.length).toBeGreaterThan(0);
        expect(offer.appellation.tension?.year).toBe(2019);
      } else {
        expect(offer.appellationMatch.reason).toBe('NO_MATCHING_LABEL');
      }
    }
    const dataEngineer = offers.find(
      (offer) => offer.romeCode === 'M1811' && offer.appellationLabel === 'Data engineer',
    );
    expect(dataEngineer?.appellation?.code).toBe('404278');

    const unmatched = offers.filter((offer) => offer.appellation === null);
    expect(cold.extensions?.appellationMatching?.unmatched ?? []).toHaveLength(unmatched.length);

    // Distinct-key minimum: one offers page (150 ≤ the 150-offer window), the two ROME whole lists (métiers with their appellations; fiches
    // with their competences), and one tension call per distinct (occupation, territory) among matched appellations.
    const distinctTensionKeys = new Set(
      offers.flatMap((offer) => (offer.appellation ? [`${offer.appellation.occupation.code}|DEP:35`] : [])),
    );
    const expectedApiCalls = 1 + 2 + distinctTensionKeys.size;
    // Tokens are fetched once per scope set when the server starts, off every query's critical path.
    expect(before.tokens).toBeGreaterThan(0);
    expect(afterCold.tokens).toBe(before.tokens);
    expect(afterCold.total - before.total).toBe(expectedApiCalls);
    expect(afterCold.rateLimited.offres + afterCold.rateLimited['rome-metiers'] + afterCold.rateLimited.marche).toBe(0);

    const warm = await postQuery(server.url, JOBS_NEAR_ME, variables);
    expect(callsSince(afterCold, sandbox.counters())).toEqual({ tokens: 0, api: 0 });
    expect(warm.data).toEqual(cold.data);
  });

  test('tension values are the upstream figures, mapped', async () => {
    const sandbox = server.sandbox!;
    const tokenResponse = await fetch(sandbox.tokenUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: sandbox.credentials.clientId,
        client_secret: sandbox.credentials.clientSecret,
        scope: 'api_stats-offres-demandes-emploiv1 offresetdemandesemploi',
      }),
    });
    const { access_token } = (await tokenResponse.json()) as { access_token: string };
    const raw = await fetch(
      `${sandbox.apiBaseUrl}/stats-offres-demandes-emploi/v1/indicateur/stat-perspective-employeur`,
      {
        method: 'POST',
        headers: {
          authorization: `Bearer ${access_token}`,
          accept: 'application/json',
          'content-type': 'application/json',
        },
        body: JSON.stringify({
          codeTypeTerritoire: 'REG',
          codeTerritoire: '53',
          codeTypeActivite: 'ROME',
          codeActivite: 'M1805',
          codeTypePeriode: 'ANNEE',
          codeTypeNomenclature: 'TYPE_TENSION',
        }),
      },
    );
    const items = ((await raw.json()) as { listeValeursParPeriode: any[] }).listeValeursParPeriode;
    const figure = (code: string) => items.find((item) => item.codeNomenclature === code);

    const answer = await postQuery(server.url, operation('region-overview'), { code: '53', occupation: 'M1805' });
    expect(answer.errors).toBeUndefined();
    const territory = answer.data.territory;
    expect(territory.name).toBe('Bretagne');
    expect(territory.departements.map((d: any) => d.code).sort()).toEqual(['22', '29', '35', '56']);
    expect(territory.tension.year).toBe(Number(figure('PERSPECTIVE').codePeriode));
    expect(territory.tension.level).toBe(Number(figure('PERSPECTIVE').valeurPrincipaleNom));
  });

  test('from the occupation side: appellations, tension and offers of M1805 in Ille-et-Vilaine', async () => {
    const answer = await postQuery(server.url, operation('occupation-overview'), {
      code: 'M1805',
      territory: { type: 'DEPARTEMENT', code: '35' },
    });
    expect(answer.errors).toBeUndefined();
    const occupation = answer.data.occupation;
    expect(occupation.label).toBe('Développeur / Développeuse informatique');
    expect(occupation.appellations.length).toBeGreaterThan(5);
    expect(occupation.tension.level).toBeGreaterThanOrEqual(1);
    expect(occupation.offers.totalCount).toBeGreaterThan(0);
    expect(occupation.offers.edges.length).toBeLessThanOrEqual(10);
    for (const edge of occupation.offers.edges) expect(edge.node.location.label).toMatch(/^35 - /);
  });
});
