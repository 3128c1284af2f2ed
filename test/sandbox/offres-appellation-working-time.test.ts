import { startSandbox, type Sandbox } from '../../src/sandbox';
import { callApi, GENEROUS_QUOTAS, tokenFor } from './helpers';

const SEARCH = '/offresdemploi/v2/offres/search';

interface Page {
  status: number;
  offers: { id: string; romeCode: string; appellationlibelle: string; dureeTravailLibelleConverti?: string }[];
  body: Record<string, unknown> | undefined;
}

describe('sandbox Offres search by appellation and working time', () => {
  let sandbox: Sandbox;
  let token: string;
  const search = async (query: string): Promise<Page> => {
    const response = await callApi(sandbox, token, `${SEARCH}?range=0-149&${query}`);
    const text = await response.text();
    const body = text ? (JSON.parse(text) as Record<string, unknown>) : undefined;
    return { status: response.status, offers: (body?.resultats as Page['offers']) ?? [], body };
  };

  beforeAll(async () => {
    sandbox = await startSandbox({ quotas: GENEROUS_QUOTAS });
    token = await tokenFor(sandbox, ['api_offresdemploiv2', 'o2dsoffre']);
  });
  afterAll(() => sandbox.close());

  it('keeps only the offers written for the appellation, a subset of its ROME code', async () => {
    const byRome = await search('codeROME=M1805&departement=35');
    const byAppellation = await search('appellation=14153&departement=35');
    expect(byAppellation.status).toBeLessThan(300);
    expect(byAppellation.offers.length).toBeGreaterThan(0);
    expect(byAppellation.offers.length).toBeLessThan(byRome.offers.length);
    const romeIds = new Set(byRome.offers.map((offer) => offer.id));
    for (const offer of byAppellation.offers) {
      expect(offer.romeCode).toBe('M1805');
      expect(romeIds.has(offer.id)).toBe(true);
    }
  });

  it('answers 204 for an appellation with no offer there (David, the sandbox job seeker: sushiman, CDI, Nantes)', async () => {
    expect((await search('appellation=200103&commune=44109&distance=30&typeContrat=CDI')).status).toBe(204);
  });

  it('keeps full-time or part-time offers with tempsPlein', async () => {
    const full = await search('codeROME=M1805&departement=35&tempsPlein=true');
    const part = await search('codeROME=M1805&departement=35&tempsPlein=false');
    expect(full.offers.length).toBeGreaterThan(0);
    expect(part.offers.length).toBeGreaterThan(0);
    expect(new Set(full.offers.map((offer) => offer.dureeTravailLibelleConverti))).toEqual(new Set(['Temps plein']));
    expect(new Set(part.offers.map((offer) => offer.dureeTravailLibelleConverti))).toEqual(new Set(['Temps partiel']));
  });

  it.each([
    ['tempsPlein=oui', 'Format du paramètre « tempsPlein » incorrect. Booléen attendu.'],
    ['appellation=abc', 'Valeur du paramètre « appellation » incorrecte.'],
  ])('answers 400 with the French message for %s', async (query, message) => {
    const page = await search(query);
    expect(page.status).toBe(400);
    expect(page.body).toEqual({ codeErreur: 'ERR-400', message });
  });
});
