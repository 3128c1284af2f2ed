import { OFFRES_REFERENTIALS } from '../../support/offres-referentials';
import { clientParses, openOffres, type RawAnswer, type Sandbox } from './support';

describe('contract: GET /v2/offres/{id} and /v2/referentiel/* on the sandbox', () => {
  let sandbox: Sandbox;
  let get: (path: string) => Promise<RawAnswer>;

  beforeAll(async () => {
    ({ sandbox, get } = await openOffres());
  });
  afterAll(() => sandbox.close());

  it('an offer by id: 200 with the offer the search returned, every field the client knows', async () => {
    const page = clientParses.search((await get('/offres/search?departement=35&range=0-149')).json());
    for (const found of (page.resultats ?? []).slice(0, 8)) {
      const answer = await get(`/offres/${found.id}`);
      expect(answer.status).toBe(200);
      expect(clientParses.offre(answer.json())).toEqual(found);
    }
  });

  it('an unknown offer: 204 with no body; a malformed id: 400 with its French message', async () => {
    const unknown = await get('/offres/0ZZZZZZ');
    expect(unknown.status).toBe(204);
    expect(unknown.text).toBe('');
    const malformed = await get('/offres/not-an-id');
    expect(malformed.status).toBe(400);
    expect(malformed.json()).toEqual({
      codeErreur: 'ERR-400',
      message: "Le format de l'id de l'offre recherchée est incorrect.",
    });
  });

  it.each(OFFRES_REFERENTIALS)('referentiel/%s: 200, a whole JSON array the client parses', async (name) => {
    const answer = await get(`/referentiel/${name}`);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
    const items = clientParses.referential(name, answer.json());
    expect(items.length).toBeGreaterThan(0);
    expect(new Set(items.map((item) => item.code)).size).toBe(items.length);
  });

  it('communes and départements carry their extra fields', async () => {
    const communes = clientParses.referential('communes', (await get('/referentiel/communes')).json());
    expect(communes.length).toBeGreaterThan(30_000);
    expect(communes.find((c) => c.code === '35238')).toMatchObject({ codePostal: '35000', codeDepartement: '35' });
    const departements = clientParses.referential('departements', (await get('/referentiel/departements')).json());
    expect(departements.find((d) => d.code === '35')).toEqual({
      code: '35',
      libelle: 'Ille-et-Vilaine',
      region: { code: '53', libelle: 'Bretagne' },
    });
  });

  it('every code a generated offer carries is on its referential', async () => {
    const page = clientParses.search((await get('/offres/search?departement=35&range=0-149')).json());
    const list = async (name: (typeof OFFRES_REFERENTIALS)[number]) =>
      new Set(clientParses.referential(name, (await get(`/referentiel/${name}`)).json()).map((i) => i.code));
    const [types, nafs, metiers, sectors] = await Promise.all([
      list('typesContrats'),
      list('nafs'),
      list('metiers'),
      list('secteursActivites'),
    ]);
    for (const offer of page.resultats ?? []) {
      expect(types).toContain(offer.typeContrat);
      expect(metiers).toContain(offer.romeCode);
      if (offer.codeNAF) expect(nafs).toContain(offer.codeNAF);
      if (offer.secteurActivite) expect(sectors).toContain(offer.secteurActivite);
    }
  });
});
