import { loadBundledReferential } from '../../../src/sandbox/referential/bundled';
import type { MetiersReferentialName } from '../../../src/upstream';
import { expectBadRequest, expectNotFound, openRome, type RomeContract } from './support';

const METIERS = '/rome-metiers/v1/metiers';
const REFERENTIALS: MetiersReferentialName[] = [
  'grand-domaine',
  'domaine-professionnel',
  'theme',
  'centre-interet',
  'secteur-activite',
];

describe('contract: ROME 4.0 Métiers (upstream-apis §4.1) on the sandbox', () => {
  const dataset = loadBundledReferential();
  let rome: RomeContract;

  beforeAll(async () => {
    rome = await openRome();
  });
  afterAll(() => rome.close());

  describe('métiers', () => {
    it('metier: the whole list in one 200 the client parses', async () => {
      const answer = await rome.get(`${METIERS}/metier?champs=code,libelle`);
      expect(answer.status).toBe(200);
      expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
      expect(answer.json()).toHaveLength(dataset.fiches.length);
      expect(answer.headers.get('content-range')).toBeNull();
      expect((await rome.upstream.rome.listMetiers()).length).toBe(dataset.fiches.length);
    });

    it('metier/{code}: the same métier as in the list; an unknown code is a 404 and null', async () => {
      const listed = (await rome.upstream.rome.listMetiers()).find((metier) => metier.code === 'M1805');
      expect(await rome.upstream.romeLookup.getMetier('M1805')).toEqual(listed);
      expectNotFound(await rome.get(`${METIERS}/metier/Z9999`), 'Z9999');
      expect(await rome.upstream.romeLookup.getMetier('Z9999')).toBeNull();
    });

    it('metier list filters: riasec-majeur, riasec-mineur, code-naf, code-competence, combined with AND', async () => {
      const all = await rome.upstream.rome.listMetiers();
      const lookup = rome.upstream.romeLookup;
      const codes = (metiers: { code: string }[]) => metiers.map((metier) => metier.code).sort();
      const major = await lookup.findMetiers({ riasecMajeur: 'I' });
      expect(major.length).toBeGreaterThan(0);
      expect(codes(major)).toEqual(codes(all.filter((metier) => metier.riasecMajeur === 'I')));
      const both = await lookup.findMetiers({ riasecMajeur: 'I', riasecMineur: 'C' });
      expect(codes(both)).toEqual(
        codes(all.filter((metier) => metier.riasecMajeur === 'I' && metier.riasecMineur === 'C')),
      );
      const inDivision = (metier: (typeof all)[number]) => (metier.divisionsNaf ?? []).some((d) => d.code === '62');
      expect(all.filter(inDivision).length).toBeGreaterThan(0);
      expect(codes(await lookup.findMetiers({ codeNaf: '62.01Z' }))).toEqual(codes(all.filter(inDivision)));
      expect(codes(await lookup.findMetiers({ codeNaf: '62' }))).toEqual(codes(all.filter(inDivision)));

      const raw = (await rome.get(`${METIERS}/metier?champs=code,competencesmobilisees(code)`)).json() as {
        code: string;
        competencesMobilisees: { code: string }[];
      }[];
      const competence = raw[0].competencesMobilisees[0].code;
      const mobilising = raw.filter((metier) => metier.competencesMobilisees.some((c) => c.code === competence));
      expect(mobilising.length).toBeGreaterThan(0);
      expect(codes(await lookup.findMetiers({ codeCompetence: competence }))).toEqual(codes(mobilising));

      for (const query of ['riasec-majeur=X', 'riasec-mineur=12', 'code-naf=6', 'code-competence=abc'])
        expectBadRequest(await rome.get(`${METIERS}/metier?${query}`));
    });

    it('a selector naming an unknown field, a bad @type branch or an unclosed parenthesis is a 400', async () => {
      expectBadRequest(await rome.get(`${METIERS}/metier/M1805?champs=code,salaire`));
      expectBadRequest(await rome.get(`${METIERS}/metier?champs=code,@savoir(code)`));
      expectBadRequest(await rome.get(`${METIERS}/metier?champs=code,appellations(code`));
    });
  });

  describe('appellations', () => {
    it('appellation: every appellation with its métier, in one call', async () => {
      const appellations = await rome.upstream.romeLookup.listAppellations();
      expect(appellations).toHaveLength(dataset.appellations.length);
      const byCode = new Map(dataset.appellations.map((a) => [a.code, a]));
      for (const appellation of appellations)
        expect(appellation.metier?.code).toBe(byCode.get(appellation.code)?.codeRome);
    });

    it('appellation/{code}: one appellation; unknown is a 404 and null', async () => {
      const expected = dataset.appellations.find((a) => a.code === '38444')!;
      expect(await rome.upstream.romeLookup.getAppellation('38444')).toMatchObject({
        code: '38444',
        libelle: expected.libelle,
        libelleCourt: expected.libelleCourt,
        classification: expected.classification,
        metier: { code: expected.codeRome },
      });
      expectNotFound(await rome.get(`${METIERS}/appellation/1`), '1');
      expect(await rome.upstream.romeLookup.getAppellation('1')).toBeNull();
    });
  });

  describe('text searches: appellation/requete and metier/requete', () => {
    it('200 with totalResultats, the query and at most 20 hits shaped by champs', async () => {
      const answer = await rome.get(`${METIERS}/appellation/requete?q=developpeur&champs=code,libelle`);
      expect(answer.status).toBe(200);
      expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
      const body = answer.json();
      expect(body.requete).toBe('developpeur');
      expect(body.totalResultats).toBeGreaterThan(20);
      expect(body.resultats).toHaveLength(20);
      for (const hit of body.resultats) expect(Object.keys(hit).sort()).toEqual(['code', 'libelle']);
    });

    it('op=AND keeps the labels holding every word (accents ignored), op=OR (the default) any of them', async () => {
      const and = await rome.upstream.romeLookup.searchAppellations({ q: 'développeur web', op: 'AND' });
      const or = await rome.upstream.romeLookup.searchAppellations({ q: 'développeur web' });
      expect(and.total).toBeGreaterThan(0);
      expect(or.total).toBeGreaterThan(and.total);
      for (const hit of and.hits)
        expect(
          hit.libelle
            .normalize('NFD')
            .replace(/[\u0300-\u036f]/g, '')
            .toLowerCase(),
        ).toMatch(/developp.*web|web.*developp/);
      expect(and.hits[0].metier?.code).toMatch(/^[A-N]\d{4}$/);
      // Items matching both words rank before those matching one.
      expect(or.hits[0].libelle.toLowerCase()).toContain('web');
    });

    it('fq filters with field:value terms, AND/OR and parentheses', async () => {
      const all = await rome.upstream.romeLookup.searchAppellations({ q: 'developpeur' });
      const [first, second] = all.hits;
      const filtered = await rome.upstream.romeLookup.searchAppellations({
        q: 'developpeur',
        fq: `metier.code:${first.metier?.code} AND (code:${first.code} OR code:${second.code})`,
      });
      expect(filtered.hits.map((hit) => hit.code)).toEqual(
        [first, second].filter((hit) => hit.metier?.code === first.metier?.code).map((hit) => hit.code),
      );
    });

    it('qf chooses the fields searched', async () => {
      const byCode = await rome.upstream.romeLookup.searchMetiers({ q: 'M1805', qf: ['code'] });
      expect(byCode.hits.map((hit) => hit.code)).toEqual(['M1805']);
      const byLabel = await rome.upstream.romeLookup.searchMetiers({ q: 'M1805' });
      expect(byLabel.total).toBe(0);
    });

    it('metier/requete answers métiers with the client selector', async () => {
      const answer = await rome.upstream.romeLookup.searchMetiers({ q: 'informatique' });
      expect(answer.total).toBeGreaterThan(0);
      expect(answer.hits.length).toBeLessThanOrEqual(20);
      for (const hit of answer.hits) expect(hit.code).toMatch(/^[A-N]\d{4}$/);
      expect(answer.hits[0].domaineProfessionnel?.code).toMatch(/^[A-N]\d{2}$/);
    });

    it('a missing q, an unknown op, a malformed fq or an unknown qf field is a 400', async () => {
      for (const query of ['', 'q=dev&op=XOR', 'q=dev&fq=code:1 AND (code:2', 'q=dev&fq=code', 'q=dev&qf=salaire']) {
        expectBadRequest(await rome.get(`${METIERS}/appellation/requete?${query}`));
      }
      expectBadRequest(await rome.get(`${METIERS}/metier/requete?q=dev&champs=nope`));
    });
  });

  describe('small referentials', () => {
    it.each(REFERENTIALS)('%s: the whole list, each item by code, 404 for an unknown code', async (name) => {
      const answer = await rome.get(`${METIERS}/${name}`);
      expect(answer.status).toBe(200);
      expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
      const items = await rome.upstream.romeLookup.listMetiersReferential(name);
      expect(items.length).toBeGreaterThan(0);
      expect(new Set(items.map((item) => item.code)).size).toBe(items.length);
      expect(await rome.upstream.romeLookup.getMetiersReferentialItem(name, items[0].code)).toEqual(items[0]);
      expectNotFound(await rome.get(`${METIERS}/${name}/ZZZ`), 'ZZZ');
      expect(await rome.upstream.romeLookup.getMetiersReferentialItem(name, 'ZZZ')).toBeNull();
    });

    it('the codes métiers carry are on their referentials', async () => {
      const codes = async (name: MetiersReferentialName) =>
        new Set((await rome.upstream.romeLookup.listMetiersReferential(name)).map((item) => item.code));
      const [themes, sectors, domains] = await Promise.all([
        codes('theme'),
        codes('secteur-activite'),
        codes('domaine-professionnel'),
      ]);
      for (const metier of await rome.upstream.rome.listMetiers()) {
        for (const theme of metier.themes ?? []) expect(themes).toContain(theme.code);
        for (const sector of metier.secteursActivites ?? []) expect(sectors).toContain(sector.code);
        if (metier.domaineProfessionnel) expect(domains).toContain(metier.domaineProfessionnel.code);
      }
    });
  });

  it('version: the referential version and its date', async () => {
    expect(await rome.upstream.romeLookup.version('rome-metiers')).toEqual({
      version: dataset.version,
      lastModifiedDate: dataset.publishedOn ?? null,
    });
  });
});
