import type { IndicatorCode, TensionValeurDto } from '../../../src/upstream';
import { DEFAULT_TTLS } from '../../../src/upstream';
import { BUSY_SEARCH, callsDuring, sandboxSuite } from '../support/sandbox';

const TENSION_NOMENCLATURES = [
  'PERSPECTIVE',
  'INT_EMB',
  'COND_TRAVAIL',
  'DUR_EMPL',
  'MAIN_OEUVRE',
  'MISMATCH_GEO',
  'SPECIF_FORM_EMPL',
  'ATTR_SALARIALE',
];
const RENNES = { level: 'DEPARTEMENT' as const, code: '35' };
const FRANCE = { level: 'NATION' as const, code: 'FR' };

describe('Marché du travail client against the sandbox', () => {
  const suite = sandboxSuite();

  it('lists territories by graph level or by Marché type code', async () => {
    const [nat, regions, departements, bassins] = await Promise.all([
      suite.upstream.marche.listTerritoires('NATION'),
      suite.upstream.marche.listTerritoires('REGION'),
      suite.upstream.marche.listTerritoires('DEPARTEMENT'),
      suite.upstream.marche.listTerritoires('BASSIN'),
    ]);
    expect(nat.length).toBeGreaterThanOrEqual(1);
    expect(regions.length).toBeGreaterThanOrEqual(13);
    expect(departements.length).toBeGreaterThan(regions.length);
    expect(bassins.length).toBeGreaterThan(departements.length);
    expect(departements.map((d) => d.codeTerritoire)).toContain(BUSY_SEARCH.territories[0].code);
    expect(new Set(regions.map((r) => r.codeTypeTerritoire))).toEqual(new Set(['REG']));
    expect(bassins).toContainEqual({
      codeTypeTerritoire: 'BASBMO',
      codeTerritoire: '5314',
      libelleTerritoire: 'RENNES',
    });
  });

  it('gets every year of tension figures for a job in a territory, through a JSON POST', async () => {
    const candidates = [
      ...BUSY_SEARCH.codeROME,
      ...(await suite.upstream.rome.listMetiers()).slice(0, 8).map((m) => m.code),
    ];
    let found: { romeCode: string; values: TensionValeurDto[] } | undefined;
    for (const romeCode of candidates) {
      const values = await suite.upstream.marche.getTension({ territory: FRANCE, romeCode });
      if (values.length > 0) {
        found = { romeCode, values };
        break;
      }
    }
    expect(found).toBeDefined();
    for (const value of found!.values) {
      expect(value).toMatchObject({
        codeActivite: found!.romeCode,
        codeTypeActivite: 'ROME',
        codeTypePeriode: 'ANNEE',
        codeTerritoire: 'FR',
      });
      expect(TENSION_NOMENCLATURES).toContain(value.codeNomenclature);
    }
  });

  it('reads tension by bassin d’emploi (Mobiville 2020 classes)', async () => {
    const values = await suite.upstream.marche.getTension({
      territory: { level: 'BASSIN', code: '5314' },
      romeCode: 'M1805',
    });
    expect(values).toHaveLength(1);
    expect(values[0]).toMatchObject({
      codeTypeTerritoire: 'BASBMO',
      codePeriode: '2020',
      codeNomenclature: 'PERSPECTIVE',
    });
    expect(Number(values[0].valeurPrincipaleNom)).toBeGreaterThanOrEqual(1);
  });

  it.each<[IndicatorCode, string[]]>([
    ['DE_1', ['A', 'B', 'C', 'D', 'E', 'ABC', 'ABCDE']],
    ['DE_5', ['A', 'B', 'C', 'D', 'E', 'ABC', 'ABCDE']],
    ['OFF_1', ['FT', 'PART', 'TOUTE']],
    ['EMB_1', ['ABCDE-TOUTE', 'ABCDE-SUP1M', 'ABCDE-SUP6M']],
  ])('parses %s: latest quarter alone, or every quarter', async (indicator, codes) => {
    const latest = await suite.upstream.marche.getIndicator({
      indicator,
      territory: RENNES,
      romeCode: 'M1805',
      latestOnly: true,
      withCharacteristics: false,
    });
    expect(latest.map((item) => item.codeNomenclature)).toEqual(codes);
    expect(new Set(latest.map((item) => item.codePeriode)).size).toBe(1);
    expect(latest.every((item) => item.listeValeurParCaract == null)).toBe(true);
    const all = await suite.upstream.marche.getIndicator({
      indicator,
      territory: RENNES,
      romeCode: 'M1805',
      latestOnly: false,
      withCharacteristics: true,
    });
    expect(new Set(all.map((item) => item.codePeriode)).size).toBeGreaterThan(4);
    const withBreakdown = all.find((item) => item.listeValeurParCaract?.length);
    expect(withBreakdown?.listeValeurParCaract?.[0]).toMatchObject({ codeTypeCaract: 'GENRE' });
  });

  it('parses DYN_1 for a territory as a whole', async () => {
    const items = await suite.upstream.marche.getIndicator({
      indicator: 'DYN_1',
      territory: RENNES,
      latestOnly: true,
      withCharacteristics: false,
    });
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ codeTypeActivite: 'MOYENNE', codeTypePeriode: 'TRIMESTRE' });
    expect(typeof items[0].valeurPrincipaleTaux).toBe('number');
  });

  it('gets the salaries of every occupation of a territory in one call', async () => {
    // `served`: a call the sandbox's quota turned away and the client retried is still one call.
    const { result, served } = await callsDuring(suite.sandbox, () =>
      suite.upstream.marche.getSalaries({ level: 'REGION', code: '53' }),
    );
    expect(served('marche')).toBe(1);
    expect(result.length).toBeGreaterThan(10);
    const dev = result.find((item) => item.codeActivite === 'M1805');
    expect(dev?.salaireValeurMontant?.map((value) => value.codeNomenclature)).toEqual(['SAL1', 'SAL2', 'SAL3']);
  });

  it('reads every referential', async () => {
    const [types, activites, nomenclatures, periodes, catalogue] = await Promise.all([
      suite.upstream.marche.listTypesTerritoire(),
      suite.upstream.marche.listActivites('ROME'),
      suite.upstream.marche.listNomenclatures('CATCAND'),
      suite.upstream.marche.listPeriodes('TRIMESTRE'),
      suite.upstream.marche.listIndicateurs(),
    ]);
    expect(types.map((type) => type.level)).toEqual(['NATION', 'REGION', 'DEPARTEMENT', 'BASSIN']);
    expect(activites.map((activite) => activite.codeActivite)).toContain('M1805');
    expect(nomenclatures.map((value) => value.codeNomenclature)).toContain('ABC');
    expect(periodes.at(-1)?.codePeriode).toMatch(/^\d{4}T[1-4]$/);
    const dyn = catalogue.find((entry) => entry.code === 'DYN_1');
    expect(dyn).toMatchObject({
      byOccupation: false,
      allOccupations: true,
      levels: ['NATION', 'REGION', 'DEPARTEMENT'],
    });
    expect(catalogue.find((entry) => entry.code === 'SAL_3')?.levels).not.toContain('BASSIN');
  });

  it('the "no figure" 500 is an answer: not retried, and cached', async () => {
    const query = { territory: FRANCE, romeCode: 'Z9998' };
    suite.sandbox.injectFault({
      api: 'marche',
      pathIncludes: 'stat-perspective-employeur',
      status: 500,
      times: 5,
      body: JSON.stringify({ message: "Le serveur n'a pas pu trouver la liste des valeurs demandées" }),
    });
    try {
      const first = await callsDuring(suite.sandbox, () => suite.upstream.marche.getTension(query));
      expect(first.result).toEqual([]);
      expect(first.faults).toBe(1);
      const repeat = await callsDuring(suite.sandbox, () => suite.upstream.marche.getTension(query));
      expect(repeat.calls('marche')).toBe(0);
    } finally {
      suite.sandbox.clearFaults();
    }
  });

  it('a job without figures gives an empty list, cached', async () => {
    const query = { territory: RENNES, romeCode: 'Z9999' };
    const first = await callsDuring(suite.sandbox, () => suite.upstream.marche.getTension(query));
    expect(first.result).toEqual([]);
    expect(first.served('marche')).toBe(1);
    const repeat = await callsDuring(suite.sandbox, () => suite.upstream.marche.getTension(query));
    expect(repeat.result).toEqual([]);
    expect(repeat.calls('marche')).toBe(0);
  });

  it('keeps "no figure" only for its short lifetime, and figures for theirs', async () => {
    const shortLived = await suite.freshUpstream({ ttls: { ...DEFAULT_TTLS, marcheNoFigureMs: 30 } });
    const noFigure = { territory: RENNES, romeCode: 'Z9997' };
    const figures = { territory: RENNES, romeCode: 'M1805' };
    await shortLived.marche.getTension(noFigure);
    await shortLived.marche.getTension(figures);
    await new Promise((resolve) => setTimeout(resolve, 60));
    const again = await callsDuring(suite.sandbox, () =>
      Promise.all([shortLived.marche.getTension(noFigure), shortLived.marche.getTension(figures)]),
    );
    expect(again.served('marche')).toBe(1);
  });
});
