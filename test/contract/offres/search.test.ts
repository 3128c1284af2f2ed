import { clientParses, contentRange, openOffres, type RawAnswer, type Sandbox } from './support';

type Offre = ReturnType<typeof clientParses.offre>;
const BUSY = 'codeROME=M1805,M1811&departement=35';

describe('contract: GET /v2/offres/search on the sandbox', () => {
  let sandbox: Sandbox;
  let get: (path: string) => Promise<RawAnswer>;
  const search = (query: string) => get(`/offres/search?${query}`);
  /** Every offer matching `query`, through as many windows as it takes. */
  const all = async (query: string): Promise<Offre[]> => {
    const offers: Offre[] = [];
    for (let start = 0; ; start += 150) {
      const answer = await search(`${query}&range=${start}-${start + 149}`);
      if (answer.status === 204) break;
      offers.push(...(clientParses.search(answer.json()).resultats ?? []));
      if (answer.status === 200) break;
    }
    return offers;
  };

  beforeAll(async () => {
    ({ sandbox, get } = await openOffres());
  });
  afterAll(() => sandbox.close());

  describe('valid requests', () => {
    it('206 with Content-Range, Accept-Range, JSON results and facets over the whole result set', async () => {
      const answer = await search(`${BUSY}&range=0-149`);
      expect(answer.status).toBe(206);
      expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
      expect(answer.headers.get('accept-range')).toBe('offres 150');
      const range = contentRange(answer.headers.get('content-range'));
      expect(range).toEqual({ start: 0, end: 149, total: expect.any(Number) });
      expect(range.total).toBeGreaterThan(150);
      const body = clientParses.search(answer.json());
      expect(body.resultats).toHaveLength(150);
      expect(body.filtresPossibles?.map((f) => f.filtre).sort()).toEqual(
        ['experience', 'natureContrat', 'qualification', 'typeContrat'].sort(),
      );
      for (const facet of body.filtresPossibles ?? []) {
        expect(facet.agregation.reduce((sum, a) => sum + a.nbResultats, 0)).toBe(range.total);
      }
    });

    it('200 for the last window, ending at the last match', async () => {
      const { total } = contentRange((await search(`${BUSY}&range=0-0`)).headers.get('content-range'));
      const start = Math.floor((total - 1) / 150) * 150;
      const answer = await search(`${BUSY}&range=${start}-${start + 149}`);
      expect(answer.status).toBe(200);
      expect(contentRange(answer.headers.get('content-range'))).toEqual({ start, end: total - 1, total });
      expect(clientParses.search(answer.json()).resultats).toHaveLength(total - start);
    });

    it('204 with Content-Range */0 and no body when nothing matches, or the window starts past the total', async () => {
      for (const query of [`${BUSY}&motsCles=zzqxwvk&range=0-9`, `${BUSY}&range=3000-3149`]) {
        const answer = await search(query);
        expect(answer.status).toBe(204);
        expect(answer.headers.get('content-range')).toBe('*/0');
        expect(answer.text).toBe('');
      }
    });

    it('the window edges upstream allows: 150 wide, start 3000, end 3149', async () => {
      const wide = await search('range=0-149');
      expect([200, 206]).toContain(wide.status);
      const far = await search('range=3000-3149');
      expect([200, 204, 206]).toContain(far.status);
      if (far.status !== 204) expect(contentRange(far.headers.get('content-range')).start).toBe(3000);
    });
  });

  describe('invalid requests: 400 with the French message of upstream-apis §3.3', () => {
    it.each([
      ['range=0-150', 'La plage de résultats demandée est trop importante.'],
      ['range=a-b', 'Format du paramètre « range » incorrect. <entier>-<entier> attendu.'],
      ['range=3001-3010', 'La position de début doit être inférieure ou égale à 3000.'],
      ['range=2999-3150', 'La position de fin doit être inférieure ou égale à 3149.'],
      [
        'motsCles=a',
        "Format du paramètre « motsCles » incorrect. 7 mots-clé au maximum séparés par des virgules et d'au moins 2 caractères.",
      ],
      ['departement=999', 'Valeur du paramètre « departement » incorrecte.'],
      ['region=99', 'Valeur du paramètre « region » incorrecte.'],
      ['typeContrat=XYZ', 'Valeur du paramètre « typeContrat » incorrecte.'],
      ['natureContrat=ZZ', 'Valeur du paramètre « natureContrat » incorrecte.'],
      ['tempsPlein=oui', 'Format du paramètre « tempsPlein » incorrect. Booléen attendu.'],
      ['experienceExigence=X', 'Format du paramètre « experienceExigence » incorrect. D, E ou S attendu.'],
      ['publieeDepuis=2', 'Format du paramètre « publieeDepuis » incorrect. 1, 3, 7, 14 ou 31 attendu.'],
      ['appellation=1', 'Valeur du paramètre « appellation » incorrecte.'],
      ['codeNAF=99.99Z', 'Valeur du paramètre « codeNAF » incorrecte.'],
      ['secteurActivite=00', 'Valeur du paramètre « secteurActivite » incorrecte.'],
      ['domaine=Z99', 'Valeur du paramètre « domaine » incorrecte.'],
      ['grandDomaine=Z', 'Valeur du paramètre « grandDomaine » incorrecte.'],
      ['paysContinent=12345', 'Valeur du paramètre « paysContinent » incorrecte.'],
      ['niveauFormation=NV9', 'Valeur du paramètre « niveauFormation » incorrecte.'],
      ['permis=ZZ', 'Valeur du paramètre « permis » incorrecte.'],
      ['dureeHebdoMin=35h', 'Format du paramètre « dureeHebdoMin » incorrect. HHMM attendu.'],
      ['dureeContratMax=120', 'Format du paramètre « dureeContratMax » incorrect. Nombre de 0 à 99 attendu.'],
      ['salaireMin=2000', 'Les paramètres « salaireMin » et « periodeSalaire » doivent être renseignés ensemble.'],
      ['salaireMin=2000&periodeSalaire=X', 'Format du paramètre « periodeSalaire » incorrect. M, A, H ou C attendu.'],
      [
        'minCreationDate=2026-06-01',
        "Format du paramètre « minCreationDate » incorrect. yyyy-MM-dd'T'hh:mm:ss'Z' attendu.",
      ],
      [
        'modeSelectionPartenaires=TOUS',
        'Format du paramètre « modeSelectionPartenaires » incorrect. INCLUS ou EXCLU attendu.',
      ],
      ['offresMRS=1', 'Format du paramètre « offresMRS » incorrect. Booléen attendu.'],
    ])('%s', async (query, message) => {
      const answer = await search(query);
      expect(answer.status).toBe(400);
      expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
      expect(answer.json()).toEqual({ codeErreur: 'ERR-400', message });
    });
  });

  describe('edge requests: each criterion narrows the results as documented', () => {
    it('typeContrat and natureContrat combine with OR', async () => {
      const cdi = await all(`${BUSY}&typeContrat=CDI`);
      const apprenticeship = await all(`${BUSY}&natureContrat=E2`);
      const either = await all(`${BUSY}&typeContrat=CDI&natureContrat=E2`);
      expect(cdi.length).toBeGreaterThan(0);
      expect(apprenticeship.length).toBeGreaterThan(0);
      expect(either.length).toBe(new Set([...cdi, ...apprenticeship].map((o) => o.id)).size);
    });

    it('appellation, domaine, grandDomaine and theme select by occupation', async () => {
      const offers = await all(BUSY);
      const appellations = clientParses.referential('appellations', (await get('/referentiel/appellations')).json());
      const label = offers[0].appellationlibelle;
      const appellation = appellations.find((a) => a.libelle === label)!;
      const byAppellation = await all(`${BUSY}&appellation=${appellation.code}`);
      expect(byAppellation.length).toBeGreaterThan(0);
      expect(byAppellation.length).toBeLessThan(offers.length);
      expect(byAppellation.filter((o) => o.appellationlibelle === label).length).toBeGreaterThan(
        byAppellation.length / 2,
      );
      const byDomain = await all('departement=35&domaine=M18');
      expect(byDomain.length).toBeGreaterThan(0);
      for (const offer of byDomain) expect(offer.romeCode).toMatch(/^M18/);
      const byBroadDomain = await all('departement=35&grandDomaine=M18');
      expect(byBroadDomain.map((o) => o.id)).toEqual(byDomain.map((o) => o.id));
    });

    it('codeNAF and secteurActivite match the published employer activity', async () => {
      const naf = await all(`${BUSY}&codeNAF=62.02A`);
      expect(naf.length).toBeGreaterThan(0);
      for (const offer of naf) expect(offer.codeNAF).toBe('62.02A');
      const sector = await all(`${BUSY}&secteurActivite=62`);
      expect(sector.length).toBeGreaterThanOrEqual(naf.length);
      for (const offer of sector) expect(offer.secteurActivite).toBe('62');
    });

    it('working time, weekly hours and contract duration', async () => {
      const partTime = await all(`${BUSY}&tempsPlein=false`);
      expect(partTime.length).toBeGreaterThan(0);
      for (const offer of partTime) expect(offer.dureeTravailLibelleConverti).toBe('Temps partiel');
      expect((await all(`${BUSY}&dureeHebdo=2`)).map((o) => o.id)).toEqual(partTime.map((o) => o.id));
      const long = await all(`${BUSY}&dureeHebdoMin=3700`);
      for (const offer of long)
        expect(Number(/^(\d+)H/.exec(offer.dureeTravailLibelle!)![1])).toBeGreaterThanOrEqual(37);
      const shortContracts = await all(`${BUSY}&dureeContratMax=6`);
      expect(shortContracts.length).toBeGreaterThan(0);
      for (const offer of shortContracts) expect(offer.typeContratLibelle).toMatch(/ - [1-6] Mois$/);
    });

    it('minimum salary in its period, creation window, flags and partners', async () => {
      const salaried = await all(`${BUSY}&salaireMin=3000&periodeSalaire=M`);
      for (const offer of salaried) expect(offer.salaire?.libelle).toMatch(/^Mensuel/);
      const offers = await all(BUSY);
      const newest = offers.map((o) => Date.parse(o.dateCreation)).sort((a, b) => b - a)[10];
      const since = `${new Date(newest).toISOString().slice(0, 19)}Z`;
      const recent = await all(`${BUSY}&minCreationDate=${since}`);
      expect(recent.length).toBeGreaterThanOrEqual(11);
      for (const offer of recent) expect(Date.parse(offer.dateCreation)).toBeGreaterThanOrEqual(newest - 999);
      const accessible = await all(`${BUSY}&accesTravailleurHandicape=true`);
      for (const offer of accessible) expect(offer.accessibleTH).toBe(true);
      const partners = offers.flatMap((o) => o.origineOffre?.partenaires ?? []).map((p) => p.nom);
      const partner = partners[0];
      const excluded = await all(`${BUSY}&partenaires=${encodeURIComponent(partner)}&modeSelectionPartenaires=EXCLU`);
      expect(excluded.length).toBe(offers.length - partners.filter((p) => p === partner).length);
      expect((await search(`${BUSY}&offresMRS=true&range=0-9`)).status).toBe(204);
      expect((await search(`${BUSY}&paysContinent=99127&range=0-9`)).status).toBe(204);
    });
  });
});
