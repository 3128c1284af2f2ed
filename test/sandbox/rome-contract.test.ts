import { startSandbox, type Sandbox } from '../../src/sandbox';
import { loadBundledReferential } from '../../src/sandbox/referential/bundled';
import { callApi, GENEROUS_QUOTAS, tokenFor } from './helpers';

type Json = Record<string, any>;

const COMPETENCES = '/rome-competences/v1/competences/competence';

/** The ROME 4.0 contracts the graph relies on beyond plain lists: `@type` branches, mobilities, versions, errors. */
describe('sandbox ROME 4.0 contracts', () => {
  const dataset = loadBundledReferential();
  let sandbox: Sandbox;
  let token: string;
  /** `bearer: null` sends no token. */
  const get = async (path: string, bearer: string | null = token) => {
    const response = await callApi(sandbox, bearer ?? undefined, path);
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: text ? (JSON.parse(text) as any) : null };
  };

  beforeAll(async () => {
    sandbox = await startSandbox({ quotas: GENEROUS_QUOTAS });
    token = await tokenFor(sandbox);
  });
  afterAll(() => sandbox.close());

  describe('compétences with @type branches', () => {
    it('returns the fields of a branch only to items of its kind', async () => {
      const champs =
        'type,code,@competencedetaillee(macrocompetence(code)),@macrocompetence(codearborescence),@macrosavoiretreprofessionnel(qualiteprofessionnelle),@savoir(categoriesavoir(categorie(code)))';
      const { status, headers, body } = await get(`${COMPETENCES}?champs=${champs}`);
      expect(status).toBe(200);
      expect(headers.get('content-type')).toMatch(/^application\/json/);
      expect(body).toHaveLength(dataset.competences.length + dataset.savoirs.length);
      const keysByType = new Map<string, Set<string>>();
      for (const item of body as Json[]) {
        const keys = keysByType.get(item.type) ?? new Set<string>();
        for (const key of Object.keys(item)) keys.add(key);
        keysByType.set(item.type, keys);
      }
      expect([...keysByType.get('COMPETENCE-DETAILLEE')!].sort()).toEqual(['code', 'macroCompetence', 'type']);
      expect([...keysByType.get('MACRO-SAVOIR-FAIRE')!].sort()).toEqual(['code', 'codeArborescence', 'type']);
      expect([...keysByType.get('MACRO-SAVOIR-ETRE-PROFESSIONNEL')!].sort()).toEqual([
        'code',
        'codeArborescence',
        'qualiteProfessionnelle',
        'type',
      ]);
      expect([...keysByType.get('SAVOIR')!].sort()).toEqual(['categorieSavoir', 'code', 'type']);
    });

    it('applies branches nested in an embedded macro-compétence', async () => {
      const detailed = dataset.competences.find((c) => c.type === 'COMPETENCE-DETAILLEE')!;
      const { status, body } = await get(
        `${COMPETENCES}/${detailed.code}?champs=code,macrocompetence(code,@macrocompetence(objectif(code,enjeu(code,domainecompetence(code)))))`,
      );
      expect(status).toBe(200);
      const macro = dataset.competences.find((c) => c.code === detailed.macroCode)!;
      const position = macro.codeArborescence!;
      expect(body).toEqual({
        code: detailed.code,
        macroCompetence: {
          code: macro.code,
          objectif: {
            code: position.slice(0, 3),
            enjeu: { code: position.slice(0, 2), domaineCompetence: { code: position.slice(0, 1) } },
          },
        },
      });
    });

    it.each([
      ['an unknown branch', '@metier(code)'],
      ['a branch without fields', 'code,@savoir'],
      ['an unknown field inside a branch', '@savoir(salaire)'],
    ])('answers 400 with a JSON message for %s', async (_, champs) => {
      const { status, headers, body } = await get(`${COMPETENCES}?champs=${champs}`);
      expect(status).toBe(400);
      expect(headers.get('content-type')).toMatch(/^application\/json/);
      expect(typeof body.message).toBe('string');
    });

    it('refuses a branch on a resource that is not polymorphic', async () => {
      const { status } = await get('/rome-metiers/v1/metiers/metier?champs=code,@savoir(code)');
      expect(status).toBe(400);
    });
  });

  describe('métiers en proximité', () => {
    it('lists the mobilities of a métier, each a bundled métier', async () => {
      const { status, body } = await get(
        '/rome-metiers/v1/metiers/metier?champs=code,metiersenproximite(code,libelle)',
      );
      expect(status).toBe(200);
      const codes = new Set((body as Json[]).map((m) => m.code));
      const targets = (body as Json[]).flatMap((m) => m.metiersEnProximite);
      expect(targets.length).toBeGreaterThan(0);
      for (const target of targets) {
        expect(codes.has(target.code)).toBe(true);
        expect(typeof target.libelle).toBe('string');
      }
    });
  });

  describe('versions', () => {
    it.each([
      '/rome-metiers/v1/metiers/version',
      '/rome-fiches-metiers/v1/fiches-rome/version',
      '/rome-competences/v1/competences/version',
      '/rome-contextes-travail/v1/situations-travail/version',
    ])('%s gives the version and its date', async (path) => {
      const { status, body } = await get(path);
      expect(status).toBe(200);
      expect(body).toEqual({ version: dataset.version, lastModifiedDate: dataset.publishedOn ?? null });
    });
  });

  describe('contextes de travail', () => {
    it('answers 404 with a JSON message for an unknown code', async () => {
      const { status, headers, body } = await get('/rome-contextes-travail/v1/situations-travail/contexte-travail/1');
      expect(status).toBe(404);
      expect(headers.get('content-type')).toMatch(/^application\/json/);
      expect(body.message).toContain('1');
    });
  });

  describe('gateway errors', () => {
    it('answers 401 without a token and 403 with another product scope', async () => {
      expect((await get(COMPETENCES, null)).status).toBe(401);
      const metiersOnly = await tokenFor(sandbox, ['api_rome-metiersv1', 'nomenclatureRome']);
      expect((await get(COMPETENCES, metiersOnly)).status).toBe(403);
      expect((await get('/rome-contextes-travail/v1/situations-travail/contexte-travail', metiersOnly)).status).toBe(
        403,
      );
    });
  });
});
