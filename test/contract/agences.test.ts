import { startSandbox, type Sandbox } from '../../src/sandbox';
import { UpstreamContractError, type Upstream } from '../../src/upstream';
import { configFor, UpstreamPool } from '../upstream/support/sandbox';
import { tokenFor } from '../sandbox/helpers';

/** Référentiel des agences (upstream-apis §8): the sandbox and the client hold to the same contract. */
describe('Référentiel des agences contract', () => {
  let sandbox: Sandbox;
  let token: string;
  const pool = new UpstreamPool();
  let upstream: Upstream;
  const get = (query: string, bearer = token) =>
    fetch(`${sandbox.apiBaseUrl}/referentielagences/v1/agences${query}`, {
      headers: { authorization: `Bearer ${bearer}`, accept: 'application/json' },
    });

  beforeAll(async () => {
    sandbox = await startSandbox({ quotas: { agences: 0 } });
    token = await tokenFor(sandbox, ['api_referentielagencesv1', 'organisationpe']);
    upstream = await pool.open(configFor(sandbox));
  });
  afterAll(async () => {
    await pool.closeAll();
    await sandbox.close();
  });

  test('without options: the whole list in one JSON array, without opening hours', async () => {
    const response = await get('');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const list = (await response.json()) as Record<string, unknown>[];
    expect(list.length).toBeGreaterThan(900);
    expect(list[0]).toEqual(
      expect.objectContaining({
        code: expect.stringMatching(/^[A-Z]{3}\d{4}$/),
        codeSafir: expect.any(String),
        libelle: expect.any(String),
        type: expect.any(String),
        adressePrincipale: expect.objectContaining({
          ligne4: expect.any(String),
          bureauDistributeur: expect.any(String),
        }),
      }),
    );
    expect(list.every((agency) => agency.horaires === undefined)).toBe(true);
  });

  test('horaire=true adds the week: days 1–5, O/N flags, HHMM times', async () => {
    const list = (await (await get('?horaire=true')).json()) as { type: string; horaires: Record<string, unknown>[] }[];
    const local = list.find((agency) => agency.type === 'APE')!;
    expect(local.horaires.map((day) => day.jour)).toEqual([1, 2, 3, 4, 5]);
    for (const day of local.horaires) {
      expect(['O', 'N']).toContain(day.horaireFerme);
      for (const [field, value] of Object.entries(day))
        if (/^(ouverture|fermeture)/.test(field)) expect(value).toMatch(/^\d{4}$/);
    }
  });

  test('zonecompetence=true&commune=… answers the agencies competent for that commune', async () => {
    const list = (await (await get('?zonecompetence=true&commune=35238')).json()) as {
      adressePrincipale: { communeImplantation: string };
    }[];
    expect(list.length).toBeGreaterThan(0);
    expect(list[0].adressePrincipale.communeImplantation.startsWith('35')).toBe(true);
  });

  test.each([
    ['?zonecompetence=true', 400],
    ['?zonecompetence=true&commune=3523', 400],
    ['?horaire=yes', 400],
  ])('refuses %s with %i and a French message', async (query, status) => {
    const response = await get(query);
    expect(response.status).toBe(status);
    expect(((await response.json()) as { message: string }).message).toMatch(/commune|horaire/);
  });

  test('a token without the agencies scopes gets 403; no token gets 401', async () => {
    const offresOnly = await tokenFor(sandbox, ['api_offresdemploiv2', 'o2dsoffre']);
    expect((await get('', offresOnly)).status).toBe(403);
    expect((await get('', 'not-a-token')).status).toBe(401);
  });

  test('the client parses every agency of the list and the competent agencies', async () => {
    const list = await upstream.agences.listAgences();
    expect(list.length).toBeGreaterThan(900);
    expect(list.every((agency) => agency.horaires !== undefined)).toBe(true);
    const competent = await upstream.agences.agencesCompetentes('29232');
    expect(competent[0]?.adressePrincipale?.communeImplantation).toBe('29232');
  });

  test('an answer that breaks the contract becomes UPSTREAM_CONTRACT naming the field', async () => {
    sandbox.injectFault({ api: 'agences', status: 200, times: 1, body: JSON.stringify([{ code: 'X', libelle: 42 }]) });
    const other = await pool.open(configFor(sandbox));
    await expect(other.agences.agencesCompetentes('35238')).rejects.toEqual(expect.any(UpstreamContractError));
    sandbox.injectFault({ api: 'agences', status: 200, times: 1, body: JSON.stringify([{ code: 'X', libelle: 42 }]) });
    await expect(other.agences.agencesCompetentes('35001')).rejects.toMatchObject({ field: '0.libelle' });
  });
});
