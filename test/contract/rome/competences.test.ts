import { loadBundledReferential } from '../../../src/sandbox/referential/bundled';
import type { CompetenceResourceName } from '../../../src/upstream';
import { expectBadRequest, expectNotFound, openRome, type RomeContract } from './support';

const COMPETENCES = '/rome-competences/v1/competences';

/** Each resource and the competence kinds it holds (none for the tree and the catégories). */
const RESOURCES: [CompetenceResourceName, string[]][] = [
  ['macro-competence', ['MACRO-SAVOIR-FAIRE', 'MACRO-SAVOIR-ETRE-PROFESSIONNEL']],
  ['macro-savoir-faire', ['MACRO-SAVOIR-FAIRE']],
  ['macro-savoir-etre-professionnel', ['MACRO-SAVOIR-ETRE-PROFESSIONNEL']],
  ['savoir', ['SAVOIR']],
  ['domaine-competence', []],
  ['enjeu', []],
  ['objectif', []],
  ['categorie-savoirs', []],
];

describe('contract: ROME 4.0 Compétences (upstream-apis §4.2) on the sandbox', () => {
  const dataset = loadBundledReferential();
  let rome: RomeContract;

  beforeAll(async () => {
    rome = await openRome();
  });
  afterAll(() => rome.close());

  it('competence: every kind in one list; competence/{code} the same item; unknown is a 404 and null', async () => {
    const all = await rome.upstream.rome.listCompetences();
    expect(all).toHaveLength(dataset.competences.length + dataset.savoirs.length);
    for (const type of ['COMPETENCE-DETAILLEE', 'MACRO-SAVOIR-FAIRE', 'MACRO-SAVOIR-ETRE-PROFESSIONNEL', 'SAVOIR']) {
      const sample = all.find((item) => item.type === type)!;
      expect(await rome.upstream.romeLookup.getCompetence(sample.code)).toEqual(sample);
    }
    expectNotFound(await rome.get(`${COMPETENCES}/competence/0`), '0');
    expect(await rome.upstream.romeLookup.getCompetence('0')).toBeNull();
  });

  it.each(RESOURCES)('%s: 200 with the whole list, each item by code, 404 for an unknown code', async (name, kinds) => {
    const answer = await rome.get(`${COMPETENCES}/${name}`);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
    const items = await rome.upstream.romeLookup.listCompetenceResource(name);
    expect(items.length).toBeGreaterThan(0);
    expect(new Set(items.map((item) => item.code)).size).toBe(items.length);
    if (kinds.length > 0) {
      expect(new Set(items.map((item) => (item as { type: string }).type))).toEqual(new Set(kinds));
      const everyKind = (await rome.upstream.rome.listCompetences()).filter((item) => kinds.includes(item.type));
      expect(items).toHaveLength(everyKind.length);
    }
    const last = items[items.length - 1];
    expect(await rome.upstream.romeLookup.getCompetenceResourceItem(name, last.code)).toEqual(last);
    expectNotFound(await rome.get(`${COMPETENCES}/${name}/ZZZ`), 'ZZZ');
    expect(await rome.upstream.romeLookup.getCompetenceResourceItem(name, 'ZZZ')).toBeNull();
  });

  it('a compétence of another kind is not found under a kind resource', async () => {
    const savoir = dataset.savoirs[0];
    expectNotFound(await rome.get(`${COMPETENCES}/macro-savoir-faire/${savoir.code}`), savoir.code);
    expect((await rome.get(`${COMPETENCES}/savoir/${savoir.code}`)).status).toBe(200);
  });

  it('@type branches shape the kind resources: a branch of another kind adds nothing', async () => {
    const answer = await rome.get(
      `${COMPETENCES}/macro-savoir-etre-professionnel?champs=code,@macrosavoiretreprofessionnel(qualiteprofessionnelle),@savoir(categoriesavoir(code))`,
    );
    expect(answer.status).toBe(200);
    for (const item of answer.json()) expect(Object.keys(item).sort()).toEqual(['code', 'qualiteProfessionnelle']);
    expectBadRequest(await rome.get(`${COMPETENCES}/enjeu?champs=code,@savoir(code)`));
    expectBadRequest(await rome.get(`${COMPETENCES}/objectif?champs=code,enjeu(salaire)`));
  });

  it('the tree is whole: each objectif under a listed enjeu, each enjeu under a listed domaine, as the macro-compétences say', async () => {
    const lookup = rome.upstream.romeLookup;
    const [domaines, enjeux, objectifs, macros] = await Promise.all([
      lookup.listCompetenceResource('domaine-competence'),
      lookup.listCompetenceResource('enjeu'),
      lookup.listCompetenceResource('objectif'),
      lookup.listCompetenceResource('macro-competence'),
    ]);
    const enjeuCodes = new Set(enjeux.map((enjeu) => enjeu.code));
    const domaineCodes = new Set(domaines.map((domaine) => domaine.code));
    for (const objectif of objectifs) {
      expect(enjeuCodes).toContain(objectif.enjeu?.code);
      expect(objectif.codeArborescence?.startsWith(`${objectif.enjeu?.codeArborescence}.`)).toBe(true);
    }
    for (const enjeu of enjeux) expect(domaineCodes).toContain(enjeu.domaineCompetence?.code);
    const objectifCodes = new Set(objectifs.map((objectif) => objectif.code));
    for (const macro of macros)
      if ('objectif' in macro && macro.objectif) expect(objectifCodes).toContain(macro.objectif.code);
  });

  it('the catégories de savoirs are those the savoirs name', async () => {
    const categories = new Set(
      (await rome.upstream.romeLookup.listCompetenceResource('categorie-savoirs')).map((item) => item.code),
    );
    for (const savoir of await rome.upstream.romeLookup.listCompetenceResource('savoir'))
      if ('categorieSavoir' in savoir) expect(categories).toContain(savoir.categorieSavoir?.categorie?.code);
  });

  it('version: the referential version and its date', async () => {
    expect(await rome.upstream.romeLookup.version('rome-competences')).toEqual({
      version: dataset.version,
      lastModifiedDate: dataset.publishedOn ?? null,
    });
  });
});
