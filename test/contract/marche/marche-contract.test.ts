import type { z } from 'zod';
import { startSandbox, type Sandbox } from '../../../src/sandbox';
import { loadBundledReferential } from '../../../src/sandbox/referential/bundled';
import { parseUpstream } from '../../../src/upstream/core/contract';
import {
  activiteSchema,
  detailIndicateurSchema,
  indicatorAnswerSchema,
  nomenclatureSchema,
  periodeSchema,
  salaireAnswerSchema,
  territoireSchema,
  typeTerritoireSchema,
} from '../../../src/upstream/marche/dto';
import { isNoFigureAnswer } from '../../../src/upstream/marche/no-figure';
import { callApi, GENEROUS_QUOTAS, tokenFor } from '../../sandbox/helpers';

/**
 * The Marché du travail contract as the sandbox serves it (upstream-apis §5): for each endpoint a valid, an edge
 * and an invalid request, with status, headers and shape; every valid answer goes through the client's own schemas.
 */
const BASE = '/stats-offres-demandes-emploi/v1';
const SCOPES = ['api_stats-offres-demandes-emploiv1', 'offresetdemandesemploi'];

const INDICATORS = [
  { code: 'DE_1', path: 'stat-demandeurs', nomenclature: 'CATCAND', period: 'TRIMESTRE', activity: 'ROME' },
  { code: 'DE_5', path: 'stat-demandeurs-entrant', nomenclature: 'CATCAND', period: 'TRIMESTRE', activity: 'ROME' },
  { code: 'OFF_1', path: 'stat-offres', nomenclature: 'ORIGINEOFF', period: 'TRIMESTRE', activity: 'ROME' },
  { code: 'EMB_1', path: 'stat-embauches', nomenclature: 'CATCANDxDUREEEMP', period: 'TRIMESTRE', activity: 'ROME' },
  { code: 'DYN_1', path: 'stat-dynamique-emploi', nomenclature: undefined, period: 'TRIMESTRE', activity: 'MOYENNE' },
  {
    code: 'PERSP_2',
    path: 'stat-perspective-employeur',
    nomenclature: 'TYPE_TENSION',
    period: 'ANNEE',
    activity: 'ROME',
  },
] as const;

type Indicator = (typeof INDICATORS)[number];

const criteria = (indicator: Indicator, overrides: Record<string, unknown> = {}) => ({
  codeTypeTerritoire: 'DEP',
  codeTerritoire: '35',
  codeTypeActivite: indicator.activity,
  codeActivite: indicator.activity === 'ROME' ? 'M1805' : 'MOYENNE',
  codeTypePeriode: indicator.period,
  ...(indicator.nomenclature ? { codeTypeNomenclature: indicator.nomenclature } : {}),
  ...overrides,
});

const parsed = <S extends z.ZodType>(schema: S, body: unknown) =>
  parseUpstream(schema, body, { api: 'marche', endpoint: 'contract test' });

/** The client's own reading of an answer, as the HTTP transport hands it over. */
async function asClientSees(response: Response) {
  return {
    status: response.status,
    headers: Object.fromEntries(response.headers),
    body: await response.text(),
  };
}

describe('Marché du travail contract (sandbox)', () => {
  let sandbox: Sandbox;
  let token: string;
  const post = (path: string, json: unknown, accept?: string) =>
    callApi(sandbox, token, `${BASE}/indicateur/${path}`, { json, ...(accept ? { accept } : {}) });
  const get = (path: string, accept?: string) => callApi(sandbox, token, `${BASE}${path}`, accept ? { accept } : {});

  beforeAll(async () => {
    sandbox = await startSandbox({ quotas: GENEROUS_QUOTAS });
    token = await tokenFor(sandbox, SCOPES);
  });
  afterAll(() => sandbox.close());

  describe.each(INDICATORS)('POST /indicateur/$path ($code)', (indicator) => {
    it('valid: 200 JSON with Accept: application/json, parsed by the client schema', async () => {
      const response = await post(indicator.path, criteria(indicator));
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      const body = parsed(indicatorAnswerSchema, await response.json());
      expect(body.codeIndicateur).toBe(indicator.code);
      expect(body.listeValeursParPeriode?.length).toBeGreaterThan(0);
      for (const item of body.listeValeursParPeriode ?? []) {
        expect(item).toMatchObject({
          codeTypeTerritoire: 'DEP',
          codeTerritoire: '35',
          codeTypePeriode: indicator.period,
        });
      }
    });

    it('valid: XML unless JSON is asked for', async () => {
      const response = await post(indicator.path, criteria(indicator), '*/*');
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^application\/xml/);
      expect(await response.text()).toMatch(new RegExp(`^<\\?xml.*<codeIndicateur>${indicator.code}</codeIndicateur>`));
    });

    it('edge: the latest period only, with or without the breakdown', async () => {
      const latest = parsed(
        indicatorAnswerSchema,
        await (
          await post(indicator.path, criteria(indicator, { dernierePeriode: true, sansCaracteristiques: true }))
        ).json(),
      );
      const periods = new Set(latest.listeValeursParPeriode?.map((item) => item.codePeriode));
      expect(periods.size).toBe(1);
      expect(latest.listeValeursParPeriode?.every((item) => item.listeValeurParCaract == null)).toBe(true);
      if (indicator.period === 'TRIMESTRE' && indicator.code !== 'DYN_1') {
        const detailed = parsed(
          indicatorAnswerSchema,
          await (await post(indicator.path, criteria(indicator, { dernierePeriode: true }))).json(),
        );
        const first = detailed.listeValeursParPeriode?.[0];
        const genders = first?.listeValeurParCaract?.filter((c) => c.codeTypeCaract === 'GENRE') ?? [];
        expect(genders.reduce((sum, c) => sum + (c.nombre ?? 0), 0)).toBe(first?.valeurPrincipaleNombre);
      }
    });

    it('edge: an unknown territory code is answered 204 with no body', async () => {
      const response = await post(indicator.path, criteria(indicator, { codeTerritoire: '00' }));
      expect(response.status).toBe(204);
      expect(await response.text()).toBe('');
    });

    it('invalid: a missing criterion is a 400 with a French message', async () => {
      const response = await post(indicator.path, { ...criteria(indicator), codeTerritoire: undefined });
      expect(response.status).toBe(400);
      expect(((await response.json()) as { message: string }).message).toContain('codeTerritoire');
    });

    it('invalid: a period type the indicator lacks is a "not available" 400, which the client reads as no figure', async () => {
      const other = indicator.period === 'ANNEE' ? 'TRIMESTRE' : 'ANNEE';
      const response = await post(indicator.path, criteria(indicator, { codeTypePeriode: other }));
      expect(response.status).toBe(400);
      expect(isNoFigureAnswer(await asClientSees(response))).toBe(true);
    });

    it('invalid: no token is a 401', async () => {
      const response = await callApi(sandbox, undefined, `${BASE}/indicateur/${indicator.path}`, {
        json: criteria(indicator),
      });
      expect(response.status).toBe(401);
    });
  });

  it.each(INDICATORS.filter((indicator) => indicator.activity === 'ROME'))(
    'POST $path: an unknown occupation is the 500 "pas pu trouver la liste", read as no figure',
    async (indicator) => {
      const response = await post(indicator.path, criteria(indicator, { codeActivite: 'A9999' }));
      expect(response.status).toBe(500);
      expect(isNoFigureAnswer(await asClientSees(response))).toBe(true);
    },
  );

  describe('GET /indicateur/salaire-rome-fap/{type}/{code}', () => {
    it('valid: every activity of the territory without codeRome', async () => {
      const response = await get('/indicateur/salaire-rome-fap/REG/53');
      expect(response.status).toBe(200);
      const body = parsed(salaireAnswerSchema, await response.json());
      expect(body.valeursParPeriode?.length).toBe(loadBundledReferential().fiches.length);
      const dev = body.valeursParPeriode?.find((item) => item.codeActivite === 'M1805');
      expect(dev?.salaireValeurMontant?.map((value) => value.codeNomenclature)).toEqual(['SAL1', 'SAL2', 'SAL3']);
    });

    it('edge: one activity with codeRome; 204 for an unknown territory', async () => {
      const one = parsed(
        salaireAnswerSchema,
        await (await get('/indicateur/salaire-rome-fap/DEP/35?codeRome=M1805')).json(),
      );
      expect(one.valeursParPeriode?.map((item) => item.codeActivite)).toEqual(['M1805']);
      expect((await get('/indicateur/salaire-rome-fap/DEP/00')).status).toBe(204);
    });

    it('invalid: no salaries by bassin (400 not available); unknown occupation (500 no figure)', async () => {
      const bassin = await get('/indicateur/salaire-rome-fap/BASBMO/5314');
      expect(bassin.status).toBe(400);
      expect(isNoFigureAnswer(await asClientSees(bassin))).toBe(true);
      const unknown = await get('/indicateur/salaire-rome-fap/DEP/35?codeRome=A9999');
      expect(unknown.status).toBe(500);
    });
  });

  describe.each([
    ['/referentiel/type-territoires', typeTerritoireSchema, undefined],
    ['/referentiel/territoires/BASBMO', territoireSchema, '/referentiel/territoires/COM'],
    ['/referentiel/activites/ROME', activiteSchema, '/referentiel/activites/XYZ'],
    ['/referentiel/nomenclatures/CATCAND', nomenclatureSchema, '/referentiel/nomenclatures/XYZ'],
    ['/referentiel/periodes/TRIMESTRE', periodeSchema, '/referentiel/periodes/MOIS'],
    ['/referentiel/details-indicateurs', detailIndicateurSchema, '/referentiel/details-indicateurs?codeIndicateur=XYZ'],
  ] as const)('GET %s', (path, itemSchema, invalidPath) => {
    it('valid: a wrapped list whose every item the client parses', async () => {
      const response = await get(path);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      const body = (await response.json()) as Record<string, unknown[]>;
      const [list] = Object.values(body);
      expect(list.length).toBeGreaterThan(0);
      for (const item of list) parsed(itemSchema, item);
    });

    it('edge: XML without Accept: application/json', async () => {
      const response = await get(path, 'application/xml');
      expect(response.headers.get('content-type')).toMatch(/^application\/xml/);
    });

    if (invalidPath) {
      it('invalid: an unknown type is a "not available" 400', async () => {
        const response = await get(invalidPath);
        expect(response.status).toBe(400);
        expect(((await response.json()) as { message: string }).message).toContain("n'est pas disponible");
      });
    }
  });

  it('the catalogue filters by codeIndicateur', async () => {
    const body = (await (await get('/referentiel/details-indicateurs?codeIndicateur=PERSP_2')).json()) as {
      indicateurs: unknown[];
    };
    expect(body.indicateurs.map((item) => parsed(detailIndicateurSchema, item).codeIndicateur)).toEqual(['PERSP_2']);
  });
});
