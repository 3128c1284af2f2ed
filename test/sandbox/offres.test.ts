import { startSandbox, type Sandbox } from '../../src/sandbox';
import { OFFERS_REFERENCE_DATE, DAY_MS } from '../../src/sandbox/offres/generator';
import { encodeOfferId } from '../../src/sandbox/offres/offer-ids';
import { normaliseText } from '../../src/sandbox/offres/text';
import { loadDepartements, loadRegions } from '../../src/sandbox/territories/communes';
import { callApi, GENEROUS_QUOTAS, tokenFor } from './helpers';

interface Offer {
  id: string;
  intitule: string;
  dateCreation: string;
  lieuTravail: { libelle: string; commune?: string; codePostal?: string };
  romeCode: string;
  romeLibelle: string;
  appellationlibelle: string;
  typeContrat: string;
  competences?: { code?: string; libelle: string; exigence?: string }[];
  origineOffre: { origine: string };
  [key: string]: unknown;
}
interface SearchBody {
  resultats: Offer[];
  filtresPossibles: { filtre: string; agregation: { valeurPossible: string; nbResultats: number }[] }[];
}

const SEARCH = '/offresdemploi/v2/offres/search';

function parseContentRange(value: string | null): { start: number; end: number; total: number } {
  const match = /^offres (\d+)-(\d+)\/(\d+)$/.exec(value ?? '');
  if (!match) throw new Error(`unexpected Content-Range: ${value}`);
  return { start: Number(match[1]), end: Number(match[2]), total: Number(match[3]) };
}

describe('sandbox Offres d’emploi v2', () => {
  let sandbox: Sandbox;
  let token: string;
  const search = async (query: string) => {
    const response = await callApi(sandbox, token, `${SEARCH}?${query}`);
    const text = await response.text();
    return {
      response,
      range: response.headers.get('content-range'),
      body: text ? (JSON.parse(text) as SearchBody) : undefined,
      text,
    };
  };
  const searchAll = async (query: string): Promise<Offer[]> => {
    const offers: Offer[] = [];
    for (let start = 0; ; start += 150) {
      const page = await search(`${query}&range=${start}-${start + 149}`);
      if (page.response.status === 204) break;
      offers.push(...page.body!.resultats);
      if (page.response.status === 200) break;
    }
    return offers;
  };

  beforeAll(async () => {
    sandbox = await startSandbox({ quotas: GENEROUS_QUOTAS });
    token = await tokenFor(sandbox, ['api_offresdemploiv2', 'o2dsoffre']);
  });
  afterAll(() => sandbox.close());

  describe('search pagination', () => {
    it('has at least 160 offers for M1805 + M1811 in Ille-et-Vilaine, paged 206 then 200 with Content-Range', async () => {
      const first = await search('codeROME=M1805,M1811&departement=35&range=0-149');
      expect(first.response.status).toBe(206);
      const firstRange = parseContentRange(first.range);
      expect(firstRange).toEqual({ start: 0, end: 149, total: firstRange.total });
      expect(firstRange.total).toBeGreaterThanOrEqual(160);
      expect(first.body!.resultats).toHaveLength(150);
      expect(first.response.headers.get('content-type')).toMatch(/^application\/json/);

      const lastStart = Math.floor((firstRange.total - 1) / 150) * 150;
      const last = await search(`codeROME=M1805,M1811&departement=35&range=${lastStart}-${lastStart + 149}`);
      expect(last.response.status).toBe(200);
      expect(parseContentRange(last.range)).toEqual({
        start: lastStart,
        end: firstRange.total - 1,
        total: firstRange.total,
      });

      const all = await searchAll('codeROME=M1805,M1811&departement=35');
      expect(all).toHaveLength(firstRange.total);
      expect(new Set(all.map((o) => o.id)).size).toBe(all.length);
      for (const offer of all) {
        expect(['M1805', 'M1811']).toContain(offer.romeCode);
        expect(offer.lieuTravail.libelle.startsWith('35 - ')).toBe(true);
      }
    });

    it('returns the first 150 offers when no range is given', async () => {
      const { response, range, body } = await search('codeROME=M1805');
      expect(response.status).toBe(206);
      expect(parseContentRange(range)).toMatchObject({ start: 0, end: 149 });
      expect(body!.resultats).toHaveLength(150);
    });

    it('answers 204 with Content-Range */0 and no body when nothing matches', async () => {
      const { response, range, text } = await search('codeROME=A1101&departement=35');
      expect(response.status).toBe(204);
      expect(range).toBe('*/0');
      expect(text).toBe('');
    });

    it('counts facets over the whole result set', async () => {
      const { range, body } = await search('departement=35&range=0-9');
      const { total } = parseContentRange(range);
      expect(body!.resultats).toHaveLength(10);
      expect(body!.filtresPossibles.map((f) => f.filtre)).toEqual([
        'typeContrat',
        'experience',
        'qualification',
        'natureContrat',
      ]);
      for (const facet of body!.filtresPossibles) {
        expect(facet.agregation.reduce((sum, a) => sum + a.nbResultats, 0)).toBe(total);
      }
      const cdd = body!.filtresPossibles[0].agregation.find((a) => a.valeurPossible === 'CDD')!;
      const filtered = await search('departement=35&typeContrat=CDD&range=0-0');
      expect(parseContentRange(filtered.range).total).toBe(cdd.nbResultats);
    });
  });

  describe('search filters', () => {
    it('filters by contract type', async () => {
      const offers = await searchAll('codeROME=M1805&departement=75&typeContrat=CDD,MIS');
      expect(offers.length).toBeGreaterThan(0);
      for (const offer of offers) expect(['CDD', 'MIS']).toContain(offer.typeContrat);
    });

    it('matches every keyword in the title, ROME label or compétences', async () => {
      const offers = await searchAll('departement=35&motsCles=python');
      expect(offers.length).toBeGreaterThan(0);
      for (const offer of offers) {
        const text = normaliseText(
          [offer.intitule, offer.romeCode, offer.romeLibelle, ...(offer.competences ?? []).map((c) => c.libelle)].join(
            ' ',
          ),
        );
        expect(text).toContain('python');
      }
      const both = await searchAll('departement=35&motsCles=python,donnees');
      expect(both.length).toBeLessThanOrEqual(offers.length);
    });

    it('keeps only offers published within publieeDepuis days of the reference date', async () => {
      const recent = await searchAll('codeROME=M1805&departement=35&publieeDepuis=7');
      const everything = await searchAll('codeROME=M1805&departement=35');
      expect(recent.length).toBeGreaterThan(0);
      expect(recent.length).toBeLessThan(everything.length);
      const since = OFFERS_REFERENCE_DATE - 7 * DAY_MS;
      for (const offer of recent) expect(Date.parse(offer.dateCreation)).toBeGreaterThanOrEqual(since);
      expect(
        everything
          .filter((o) => Date.parse(o.dateCreation) >= since)
          .map((o) => o.id)
          .sort(),
      ).toEqual(recent.map((o) => o.id).sort());
    });

    it('searches one commune with distance=0 and its whole département from 30 km', async () => {
      const rennes = await searchAll('commune=35238&distance=0');
      expect(rennes.length).toBeGreaterThan(0);
      for (const offer of rennes) expect(offer.lieuTravail.commune).toBe('35238');
      const wide = await search('commune=35238&distance=50&range=0-0');
      const departement = await search('departement=35&range=0-0');
      expect(parseContentRange(wide.range).total).toBe(parseContentRange(departement.range).total);
    });

    it('finds the whole city from a Paris arrondissement', async () => {
      const paris = await search('commune=75056&distance=0&range=0-0');
      const arrondissement = await search('commune=75115&distance=0&range=0-0');
      expect(paris.response.status).toBe(206);
      expect(arrondissement.range).toBe(paris.range);
    });

    it('finds M1805 offers in every metropolitan région', async () => {
      const metropolitan = loadRegions().filter((r) => r.zone === 'metro');
      const departementsByRegion = new Map<string, string[]>();
      for (const d of loadDepartements())
        departementsByRegion.set(d.region, [...(departementsByRegion.get(d.region) ?? []), d.code]);
      for (const region of metropolitan) {
        const { response, body } = await search(`codeROME=M1805&region=${region.code}&range=0-149`);
        expect([200, 206]).toContain(response.status);
        for (const offer of body!.resultats) {
          expect(departementsByRegion.get(region.code)).toContain(offer.lieuTravail.libelle.split(' - ')[0]);
        }
      }
    });

    it('sorts newest first', async () => {
      const { body } = await search('codeROME=M1805&departement=69&sort=1');
      const dates = body!.resultats.map((o) => Date.parse(o.dateCreation));
      expect(dates).toEqual([...dates].sort((a, b) => b - a));
    });
  });

  describe('400 answers', () => {
    it.each([
      ['range=abc', 'Format du paramètre « range » incorrect. <entier>-<entier> attendu.'],
      ['range=0-150', 'La plage de résultats demandée est trop importante.'],
      ['range=3001-3010', 'La position de début doit être inférieure ou égale à 3000.'],
      ['publieeDepuis=2', 'Format du paramètre « publieeDepuis » incorrect. 1, 3, 7, 14 ou 31 attendu.'],
      ['departement=35,44,56,22,29,49', 'Valeur du paramètre « departement » incorrecte.'],
      ['departement=00', 'Valeur du paramètre « departement » incorrecte.'],
      ['typeContrat=XYZ', 'Valeur du paramètre « typeContrat » incorrecte.'],
      [
        'motsCles=a1,b2,c3,d4,e5,f6,g7,h8',
        "Format du paramètre « motsCles » incorrect. 7 mots-clé au maximum séparés par des virgules et d'au moins 2 caractères.",
      ],
    ])('%s → %s', async (query, message) => {
      const { response, body } = await search(query);
      expect(response.status).toBe(400);
      expect(body).toEqual({ codeErreur: expect.any(String), message });
    });

    it('accepts up to 200 ROME codes and refuses more', async () => {
      const codes = Array.from({ length: 201 }, (_, i) => `M${String(1000 + i).padStart(4, '0')}`);
      const accepted = await search(`codeROME=${codes.slice(0, 200).join(',')}&range=0-0`);
      expect([200, 206, 204]).toContain(accepted.response.status);
      const refused = await search(`codeROME=${codes.join(',')}`);
      expect(refused.response.status).toBe(400);
      expect(refused.body).toMatchObject({ message: 'Valeur du paramètre « codeROME » incorrecte.' });
    });

    it('accepts the largest allowed window at the deepest position', async () => {
      const { response } = await search('range=3000-3149');
      expect([200, 206, 204]).toContain(response.status);
    });
  });

  describe('offer by id', () => {
    it('returns an offer found by search, identical to the search item', async () => {
      const { body } = await search('codeROME=M1811&departement=35&range=0-19');
      for (const origin of ['1', '2']) {
        const listed = body!.resultats.find((o) => o.origineOffre.origine === origin)!;
        expect(listed.id).toMatch(origin === '1' ? /^\d{3}[A-Z]{4}$/ : /^\d{7}$/);
        const response = await callApi(sandbox, token, `/offresdemploi/v2/offres/${listed.id}`);
        expect(response.status).toBe(200);
        expect(await response.json()).toEqual(listed);
      }
    });

    it('finds an offer of a département no search has touched yet', async () => {
      const { body } = await search('codeROME=M1805&departement=2A&range=0-0');
      const id = body!.resultats[0].id;
      const fresh = await startSandbox();
      try {
        const freshToken = await tokenFor(fresh, ['api_offresdemploiv2', 'o2dsoffre']);
        const response = await callApi(fresh, freshToken, `/offresdemploi/v2/offres/${id}`);
        expect(response.status).toBe(200);
        expect(((await response.json()) as Offer).id).toBe(id);
      } finally {
        await fresh.close();
      }
    });

    it('answers 204 for a well-formed id that matches no offer', async () => {
      for (const id of [encodeOfferId('1', 127, 5), encodeOfferId('2', 127, 5)]) {
        const response = await callApi(sandbox, token, `/offresdemploi/v2/offres/${id}`);
        expect(response.status).toBe(204);
        expect(await response.text()).toBe('');
      }
    });

    it('answers 400 for a malformed id', async () => {
      const response = await callApi(sandbox, token, '/offresdemploi/v2/offres/abc');
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({
        message: "Le format de l'id de l'offre recherchée est incorrect.",
      });
    });
  });

  describe('offer shape', () => {
    it('looks like a recorded offer: same key set and nesting', async () => {
      const { body } = await search('codeROME=M1805&departement=33&range=0-99');
      const ftOffer = body!.resultats.find((o) => o.origineOffre.origine === '1')!;
      expect(ftOffer).toMatchObject({
        id: expect.stringMatching(/^\d{3}[A-Z]{4}$/),
        intitule: expect.any(String),
        description: expect.any(String),
        dateCreation: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/),
        dateActualisation: expect.any(String),
        lieuTravail: {
          libelle: expect.stringMatching(/^33 - [A-Z' -]+$/),
          codePostal: expect.stringMatching(/^33\d{3}$/),
          commune: expect.stringMatching(/^33\d{3}$/),
        },
        romeCode: 'M1805',
        romeLibelle: 'Développeur / Développeuse informatique',
        appellationlibelle: expect.any(String),
        entreprise: expect.objectContaining({ nom: expect.any(String) }),
        typeContrat: expect.any(String),
        typeContratLibelle: expect.any(String),
        natureContrat: expect.any(String),
        experienceExige: expect.stringMatching(/^[DES]$/),
        experienceLibelle: expect.any(String),
        competences: expect.arrayContaining([
          expect.objectContaining({ code: expect.any(String), libelle: expect.any(String) }),
        ]),
        salaire: expect.any(Object),
        alternance: expect.any(Boolean),
        nombrePostes: expect.any(Number),
        origineOffre: { origine: '1', urlOrigine: expect.stringContaining(ftOffer.id) },
        contexteTravail: expect.any(Object),
        entrepriseAdaptee: false,
        employeurHandiEngage: expect.any(Boolean),
      });
      const partner = body!.resultats.find((o) => o.origineOffre.origine === '2')!;
      expect(partner.origineOffre).toMatchObject({
        partenaires: [expect.objectContaining({ nom: expect.any(String), logo: expect.any(String) })],
      });
      for (const offer of body!.resultats) {
        for (const value of Object.values(offer)) expect(value).not.toBeNull();
      }
    });
  });
});
