import type { TensionValeurDto, Upstream } from '../../../src/upstream';
import {
  BUSY_DEPARTEMENT,
  BUSY_SEARCH,
  callsDuring,
  configFor,
  startSandbox,
  UpstreamPool,
  type Sandbox,
} from '../support/sandbox';

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

describe('Marché du travail client against the sandbox', () => {
  let sandbox: Sandbox;
  let upstream: Upstream;
  const pool = new UpstreamPool();

  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0 });
    upstream = await pool.open(configFor(sandbox));
  });

  afterAll(async () => {
    await pool.closeAll();
    await sandbox.close();
  });

  it('lists territories by type', async () => {
    const [nat, regions, departements] = await Promise.all([
      upstream.marche.listTerritoires('NATION'),
      upstream.marche.listTerritoires('REGION'),
      upstream.marche.listTerritoires('DEPARTEMENT'),
    ]);
    expect(nat.length).toBeGreaterThanOrEqual(1);
    expect(regions.length).toBeGreaterThanOrEqual(13);
    expect(departements.length).toBeGreaterThan(regions.length);
    for (const territoire of [...nat, ...regions, ...departements]) {
      expect(typeof territoire.codeTerritoire).toBe('string');
      expect(typeof territoire.libelleTerritoire).toBe('string');
    }
    expect(departements.map((d) => d.codeTerritoire)).toContain(BUSY_DEPARTEMENT.code);
    expect(new Set(regions.map((r) => r.codeTypeTerritoire))).toEqual(new Set(['REG']));
  });

  it('gets every year of tension figures for a job in a territory, through a JSON POST', async () => {
    const [france] = await upstream.marche.listTerritoires('NATION');
    const candidates = [...BUSY_SEARCH.codeROME, ...(await upstream.rome.listMetiers()).slice(0, 8).map((m) => m.code)];
    let found: { romeCode: string; values: TensionValeurDto[] } | undefined;
    for (const romeCode of candidates) {
      const values = await upstream.marche.getTension({
        territory: { level: 'NATION', code: france.codeTerritoire },
        romeCode,
      });
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
        codeTerritoire: france.codeTerritoire,
      });
      expect(TENSION_NOMENCLATURES).toContain(value.codeNomenclature);
    }
  });

  it('the "no figure" 500 is an answer: not retried, and cached', async () => {
    const [france] = await upstream.marche.listTerritoires('NATION');
    const query = { territory: { level: 'NATION' as const, code: france.codeTerritoire }, romeCode: 'Z9998' };
    sandbox.injectFault({
      api: 'marche',
      pathIncludes: 'stat-perspective-employeur',
      status: 500,
      times: 5,
      body: JSON.stringify({ message: "Le serveur n'a pas pu trouver la liste des valeurs demandées" }),
    });
    try {
      const first = await callsDuring(sandbox, () => upstream.marche.getTension(query));
      expect(first.result).toEqual([]);
      expect(first.faults).toBe(1);
      const repeat = await callsDuring(sandbox, () => upstream.marche.getTension(query));
      expect(repeat.calls('marche')).toBe(0);
    } finally {
      sandbox.clearFaults();
    }
  });

  it('a job without figures gives an empty list, cached like any answer', async () => {
    const query = { territory: BUSY_DEPARTEMENT, romeCode: 'Z9999' };
    const first = await callsDuring(sandbox, () => upstream.marche.getTension(query));
    expect(first.result).toEqual([]);
    expect(first.served('marche')).toBe(1);
    const repeat = await callsDuring(sandbox, () => upstream.marche.getTension(query));
    expect(repeat.result).toEqual([]);
    expect(repeat.calls('marche')).toBe(0);
  });
});
