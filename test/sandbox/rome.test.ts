import { startSandbox, type Sandbox } from '../../src/sandbox';
import { loadBundledReferential } from '../../src/sandbox/referential/bundled';
import { callApi, GENEROUS_QUOTAS, tokenFor } from './helpers';

type Json = Record<string, any>;

describe('sandbox ROME 4.0 APIs', () => {
  const dataset = loadBundledReferential();
  let sandbox: Sandbox;
  let token: string;
  const get = async (path: string) => {
    const response = await callApi(sandbox, token, path);
    return { status: response.status, body: (await response.json()) as any };
  };

  beforeAll(async () => {
    sandbox = await startSandbox({ quotas: GENEROUS_QUOTAS });
    token = await tokenFor(sandbox);
  });
  afterAll(() => sandbox.close());

  describe('Métiers', () => {
    it('lists every métier of the dataset in one unpaginated call', async () => {
      const { status, body } = await get('/rome-metiers/v1/metiers/metier?champs=code,libelle');
      expect(status).toBe(200);
      expect(body).toHaveLength(dataset.fiches.length);
      expect(body.map((m: Json) => m.code)).toEqual(dataset.fiches.map((f) => f.code));
      expect(body[0]).toEqual({ code: dataset.fiches[0].code, libelle: dataset.fiches[0].libelle });
    });

    it('applies a nested champs selector and nothing more', async () => {
      const champs =
        'code,libelle,appellations(code,libelle,libellecourt,classification),domaineprofessionnel(code,libelle,granddomaine(code,libelle))';
      const { status, body } = await get(`/rome-metiers/v1/metiers/metier/M1805?champs=${champs}`);
      expect(status).toBe(200);
      const fiche = dataset.fiches.find((f) => f.code === 'M1805')!;
      const domaine = dataset.domainesProfessionnels.find((d) => d.code === fiche.codeDomaine)!;
      const grandDomaine = dataset.grandsDomaines.find((g) => g.code === fiche.codeDomaine[0])!;
      expect(Object.keys(body)).toEqual(['code', 'libelle', 'domaineProfessionnel', 'appellations']);
      expect(body.domaineProfessionnel).toEqual({
        code: domaine.code,
        libelle: domaine.libelle,
        grandDomaine: { code: grandDomaine.code, libelle: grandDomaine.libelle },
      });
      const expected = dataset.appellations
        .filter((a) => a.codeRome === 'M1805')
        .map((a) => ({
          code: a.code,
          libelle: a.libelle,
          libelleCourt: a.libelleCourt,
          classification: a.classification,
        }));
      expect(body.appellations).toEqual(expected);
    });

    it('accepts camelCase names and repeated champs parameters', async () => {
      const { status, body } = await get(
        '/rome-metiers/v1/metiers/metier/M1805?champs=code&champs=domaineProfessionnel(code)',
      );
      expect(status).toBe(200);
      expect(body).toEqual({ code: 'M1805', domaineProfessionnel: { code: 'M18' } });
    });

    it('returns the full object without champs', async () => {
      const { body } = await get('/rome-metiers/v1/metiers/metier/M1811');
      const fiche = dataset.fiches.find((f) => f.code === 'M1811')!;
      expect(body).toMatchObject({
        code: 'M1811',
        libelle: fiche.libelle,
        definition: fiche.definition,
        obsolete: false,
        domaineProfessionnel: { code: fiche.codeDomaine },
      });
      expect(body.competencesMobilisees.map((c: Json) => c.code)).toEqual([...fiche.competences, ...fiche.savoirs]);
      for (const competence of body.competencesMobilisees) {
        expect(['COMPETENCE-DETAILLEE', 'MACRO-SAVOIR-FAIRE', 'MACRO-SAVOIR-ETRE-PROFESSIONNEL', 'SAVOIR']).toContain(
          competence.type,
        );
      }
      expect(body.contextesTravail.map((c: Json) => c.code)).toEqual(fiche.contextes);
    });

    it('answers 400 for an unknown field or a malformed selector', async () => {
      for (const champs of [
        'code,nope',
        'code,appellations(nope)',
        'code(libelle)',
        'code,appellations(code',
        'code,,libelle',
      ]) {
        const { status, body } = await get(
          `/rome-metiers/v1/metiers/metier/M1805?champs=${encodeURIComponent(champs)}`,
        );
        expect(status).toBe(400);
        expect(body.message).toEqual(expect.any(String));
      }
    });

    it('answers 404 for an unknown code', async () => {
      expect((await get('/rome-metiers/v1/metiers/metier/Z9999')).status).toBe(404);
      expect((await get('/rome-metiers/v1/metiers/appellation/1')).status).toBe(404);
    });

    it('serves appellations with their métier', async () => {
      const appellation = dataset.appellations.find(
        (a) => a.codeRome === 'M1805' && a.classification === 'PRINCIPALE',
      )!;
      const { body } = await get(
        `/rome-metiers/v1/metiers/appellation/${appellation.code}?champs=code,libelle,libellecourt,metier(code)`,
      );
      expect(body).toEqual({
        code: appellation.code,
        libelle: appellation.libelle,
        libelleCourt: appellation.libelleCourt,
        metier: { code: 'M1805' },
      });
      const list = await get('/rome-metiers/v1/metiers/appellation?champs=code');
      expect(list.body).toHaveLength(dataset.appellations.length);
    });
  });

  describe('Fiches métiers', () => {
    it('groups compétences by enjeu and savoirs by catégorie', async () => {
      const fiche = dataset.fiches.find((f) => f.code === 'M1805')!;
      const { status, body } = await get('/rome-fiches-metiers/v1/fiches-rome/fiche-metier/M1805');
      expect(status).toBe(200);
      expect(body).toMatchObject({ code: 'M1805', obsolete: false, metier: { code: 'M1805', libelle: fiche.libelle } });
      const competenceCodes = body.groupesCompetencesMobilisees.flatMap((g: Json) =>
        g.competences.map((c: Json) => c.code),
      );
      expect([...competenceCodes].sort()).toEqual([...fiche.competences].sort());
      for (const group of body.groupesCompetencesMobilisees) {
        expect(group.enjeu).toEqual({ code: expect.any(String), libelle: expect.any(String) });
        for (const c of group.competences) expect(Object.keys(c)).toEqual(['type', 'code', 'libelle']);
      }
      const savoirCodes = body.groupesSavoirs.flatMap((g: Json) => g.savoirs.map((s: Json) => s.code));
      expect([...savoirCodes].sort()).toEqual([...fiche.savoirs].sort());
      const categories = new Map(dataset.categoriesSavoirs.map((c) => [c.code, c.libelle]));
      for (const group of body.groupesSavoirs) {
        expect(group.categorieSavoirs.libelle).toBe(categories.get(group.categorieSavoirs.code));
        for (const s of group.savoirs) {
          expect(s.type).toBe('SAVOIR');
          expect(dataset.savoirs.find((x) => x.code === s.code)!.codeCategorie).toBe(group.categorieSavoirs.code);
        }
      }
    });

    it('lists every fiche with the selector the graph uses', async () => {
      const champs =
        'code,metier(code,libelle),groupescompetencesmobilisees(enjeu(code,libelle),competences(type,code,libelle)),groupessavoirs(categoriesavoirs(code,libelle),savoirs(type,code,libelle))';
      const { status, body } = await get(`/rome-fiches-metiers/v1/fiches-rome/fiche-metier?champs=${champs}`);
      expect(status).toBe(200);
      expect(body).toHaveLength(dataset.fiches.length);
      expect(Object.keys(body[0])).toEqual(['code', 'metier', 'groupesCompetencesMobilisees', 'groupesSavoirs']);
    });

    it('answers 404 for an unknown fiche', async () => {
      expect((await get('/rome-fiches-metiers/v1/fiches-rome/fiche-metier/A0000')).status).toBe(404);
    });
  });

  describe('Compétences', () => {
    it('lists compétences, macro-compétences and savoirs together', async () => {
      const { body } = await get('/rome-competences/v1/competences/competence?champs=type,code');
      expect(body).toHaveLength(dataset.competences.length + dataset.savoirs.length);
      const types = new Set(body.map((c: Json) => c.type));
      expect(types).toEqual(
        new Set(['COMPETENCE-DETAILLEE', 'MACRO-SAVOIR-FAIRE', 'MACRO-SAVOIR-ETRE-PROFESSIONNEL', 'SAVOIR']),
      );
    });

    it('serves one compétence détaillée with its macro-compétence', async () => {
      const detailed = dataset.competences.find((c) => c.type === 'COMPETENCE-DETAILLEE' && c.macroCode)!;
      const macro = dataset.competences.find((c) => c.code === detailed.macroCode)!;
      const { body } = await get(
        `/rome-competences/v1/competences/competence/${detailed.code}?champs=code,libelle,type,macrocompetence(code,libelle)`,
      );
      expect(body).toEqual({
        type: 'COMPETENCE-DETAILLEE',
        code: detailed.code,
        libelle: detailed.libelle,
        macroCompetence: { code: macro.code, libelle: macro.libelle },
      });
    });

    it('answers 404 for an unknown code', async () => {
      expect((await get('/rome-competences/v1/competences/competence/0')).status).toBe(404);
    });
  });

  describe('Contextes de travail', () => {
    it('lists contexts with their category and serves one by code', async () => {
      const { body } = await get('/rome-contextes-travail/v1/situations-travail/contexte-travail');
      expect(body).toHaveLength(dataset.contextes.length);
      const categories = new Set(body.map((c: Json) => c.categorie));
      expect(categories).toEqual(
        new Set([
          'CONDITIONS_TRAVAIL',
          'TYPE_BENEFICIAIRE',
          'LIEU_ET_DEPLACEMENT',
          'HORAIRE_ET_DUREE_TRAVAIL',
          'TYPE_STRUCTURE_ACCUEIL',
          'STATUT_EMPLOI',
        ]),
      );
      const one = dataset.contextes[0];
      const item = await get(
        `/rome-contextes-travail/v1/situations-travail/contexte-travail/${one.code}?champs=code,libelle`,
      );
      expect(item.body).toEqual({ code: one.code, libelle: one.libelle });
      expect((await get('/rome-contextes-travail/v1/situations-travail/contexte-travail/0')).status).toBe(404);
    });
  });
});
