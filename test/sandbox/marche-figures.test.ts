import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startSandbox, type Sandbox } from '../../src/sandbox';
import { loadBundledReferential } from '../../src/sandbox/referential/bundled';
import { callApi, GENEROUS_QUOTAS, hasOpenData, OPEN_DATA_DIR, tokenFor } from './helpers';

const BASE = '/stats-offres-demandes-emploi/v1/indicateur';
const quarterly = (overrides: Record<string, unknown> = {}) => ({
  codeTypeTerritoire: 'DEP',
  codeTerritoire: '35',
  codeTypeActivite: 'ROME',
  codeActivite: 'M1805',
  codeTypePeriode: 'TRIMESTRE',
  ...overrides,
});

describe('sandbox Marché du travail (quarterly figures, bassins, salaries)', () => {
  let sandbox: Sandbox;
  let token: string;
  const post = async (path: string, json: unknown) =>
    (await (await callApi(sandbox, token, `${BASE}/${path}`, { json })).json()) as any;

  beforeAll(async () => {
    sandbox = await startSandbox({ quotas: GENEROUS_QUOTAS });
    token = await tokenFor(sandbox, ['api_stats-offres-demandes-emploiv1', 'offresetdemandesemploi']);
  });
  afterAll(() => sandbox.close());

  it('is deterministic: the same criteria give the same figures on every run', async () => {
    const first = await post('stat-demandeurs', quarterly());
    const other = await startSandbox({ quotas: GENEROUS_QUOTAS });
    try {
      const otherToken = await tokenFor(other, ['api_stats-offres-demandes-emploiv1', 'offresetdemandesemploi']);
      const again = await (await callApi(other, otherToken, `${BASE}/stat-demandeurs`, { json: quarterly() })).json();
      expect(again).toEqual(first);
    } finally {
      await other.close();
    }
  });

  it('job-seeker totals add up: A+B+C = ABC, ABC+D+E = ABCDE, for every quarter', async () => {
    const body = await post('stat-demandeurs', quarterly({ sansCaracteristiques: true }));
    const byPeriod = new Map<string, Record<string, number>>();
    for (const item of body.listeValeursParPeriode) {
      const counts = byPeriod.get(item.codePeriode) ?? {};
      counts[item.codeNomenclature] = item.valeurPrincipaleNombre;
      byPeriod.set(item.codePeriode, counts);
    }
    expect(byPeriod.size).toBe(12);
    for (const counts of byPeriod.values()) {
      expect(counts.A + counts.B + counts.C).toBe(counts.ABC);
      expect(counts.ABC + counts.D + counts.E).toBe(counts.ABCDE);
    }
  });

  it('offers add up by origin, and hires over six months are fewer than over one month', async () => {
    const offers = await post('stat-offres', quarterly({ dernierePeriode: true, sansCaracteristiques: true }));
    const origin = Object.fromEntries(
      offers.listeValeursParPeriode.map((item: any) => [item.codeNomenclature, item.valeurPrincipaleNombre]),
    );
    expect(origin.FT + origin.PART).toBe(origin.TOUTE);
    const hires = await post('stat-embauches', quarterly({ dernierePeriode: true, sansCaracteristiques: true }));
    const duration = Object.fromEntries(
      hires.listeValeursParPeriode.map((item: any) => [item.codeNomenclature, item.valeurPrincipaleNombre]),
    );
    expect(duration['ABCDE-SUP6M']).toBeLessThan(duration['ABCDE-SUP1M']);
    expect(duration['ABCDE-SUP1M']).toBeLessThan(duration['ABCDE-TOUTE']);
  });

  it('every occupation together outnumbers one occupation', async () => {
    const one = await post('stat-demandeurs', quarterly({ dernierePeriode: true, sansCaracteristiques: true }));
    const all = await post(
      'stat-demandeurs',
      quarterly({
        codeTypeActivite: 'CUMUL',
        codeActivite: 'CUMUL',
        dernierePeriode: true,
        sansCaracteristiques: true,
      }),
    );
    const abcde = (body: any) => body.listeValeursParPeriode.find((i: any) => i.codeNomenclature === 'ABCDE');
    expect(abcde(all).valeurPrincipaleNombre).toBeGreaterThan(abcde(one).valeurPrincipaleNombre);
    expect(abcde(all).libActivite).toBe('Tous métiers');
  });

  it('salaries: entry below average below experienced, for every occupation of the territory', async () => {
    const response = await callApi(sandbox, token, `${BASE}/salaire-rome-fap/DEP/35`);
    const body = (await response.json()) as any;
    expect(body.valeursParPeriode).toHaveLength(loadBundledReferential().fiches.length);
    for (const item of body.valeursParPeriode) {
      const [entry, experienced, average] = item.salaireValeurMontant.map((v: any) => v.valeurPrincipaleMontant);
      expect(entry).toBeLessThan(average);
      expect(average).toBeLessThan(experienced);
    }
  });

  (hasOpenData ? it : it.skip)('bassin tension is Mobiville’s 2020 class for the fiche’s ROME v3 code', async () => {
    const file = path.join(OPEN_DATA_DIR, 'tensions', 'mobiville_2020', 'cities-tension-utf8.csv');
    const [header, ...lines] = readFileSync(file, 'utf8').trim().split('\n');
    const names = header.split(';');
    const rows = lines.map((line) => Object.fromEntries(line.split(';').map((value, i) => [names[i], value])));
    const referential = loadBundledReferential();
    let checked = 0;
    for (const fiche of referential.fiches.slice(0, 20)) {
      const source = rows.find((row) => row.ROME === fiche.codeRomeParent && row.cbassin === '5314');
      const response = await callApi(sandbox, token, `${BASE}/stat-perspective-employeur`, {
        json: {
          codeTypeTerritoire: 'BASBMO',
          codeTerritoire: '5314',
          codeTypeActivite: 'ROME',
          codeActivite: fiche.code,
          codeTypePeriode: 'ANNEE',
        },
      });
      if (!source) {
        expect(response.status).toBe(500);
        continue;
      }
      const [item] = ((await response.json()) as any).listeValeursParPeriode;
      expect(item).toMatchObject({ codePeriode: '2020', codeNomenclature: 'PERSPECTIVE' });
      expect(item.valeurPrincipaleNombre).toBe(Number(source.ind_tension_d));
      checked++;
    }
    expect(checked).toBeGreaterThan(5);
  });
});
