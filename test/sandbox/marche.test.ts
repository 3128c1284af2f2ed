import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startSandbox, type Sandbox } from '../../src/sandbox';
import { loadBundledReferential } from '../../src/sandbox/referential/bundled';
import { loadDepartements, loadRegions } from '../../src/sandbox/territories/communes';
import { callApi, GENEROUS_QUOTAS, hasOpenData, OPEN_DATA_DIR, tokenFor } from './helpers';

const INDICATOR = '/stats-offres-demandes-emploi/v1/indicateur/stat-perspective-employeur';
const criteria = (overrides: Record<string, unknown> = {}) => ({
  codeTypeTerritoire: 'DEP',
  codeTerritoire: '35',
  codeTypeActivite: 'ROME',
  codeActivite: 'M1805',
  codeTypePeriode: 'ANNEE',
  codeTypeNomenclature: 'TYPE_TENSION',
  ...overrides,
});

/**
 * Reads the Dares figures straight from the source CSV, independently of the sandbox's loader:
 * fiche → ROME v3 parent → FAP codes → the FAP-225 row of the département with the largest "Emploi moyen".
 */
function daresRowFromSource(romeV3: string, departement: string): Record<string, string> | undefined {
  const dir = path.join(OPEN_DATA_DIR, 'tensions', 'dares_portrait_stat_metiers_2019');
  const faps = new Set(
    readFileSync(path.join(dir, 'fap225_rome.csv'), 'utf8')
      .split('\n')
      .map((line) => line.trim().split(';'))
      .filter(([, rome]) => rome === romeV3)
      .map(([fap]) => fap),
  );
  const [header, ...lines] = readFileSync(path.join(dir, 'tensions.csv'), 'utf8').trim().split('\n');
  const names = header.split(',');
  const rows = lines
    .map((line) => Object.fromEntries(line.split(',').map((value, i) => [names[i], value])))
    .filter(
      (r) =>
        faps.has(r.fap) &&
        r.niveau_fap === 'fap 225' &&
        r.niveau_geo === 'dep' &&
        r.dep === departement &&
        r['Catégorie Tension'] !== '',
    );
  return rows.sort((a, b) => Number(b['Emploi moyen']) - Number(a['Emploi moyen']))[0];
}

describe('sandbox Marché du travail (tension)', () => {
  const dataset = loadBundledReferential();
  let sandbox: Sandbox;
  let token: string;

  beforeAll(async () => {
    sandbox = await startSandbox({ quotas: GENEROUS_QUOTAS });
    token = await tokenFor(sandbox, ['api_stats-offres-demandes-emploiv1', 'offresetdemandesemploi']);
  });
  afterAll(() => sandbox.close());

  it('answers PERSP_2 with one item per nomenclature for the year', async () => {
    const response = await callApi(sandbox, token, INDICATOR, { json: criteria() });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const body = (await response.json()) as any;
    expect(body).toMatchObject({
      codeIndicateur: 'PERSP_2',
      libIndicateur: expect.any(String),
      datMaj: expect.any(String),
    });
    const items = body.listeValeursParPeriode as any[];
    expect(items.map((i) => i.codeNomenclature)).toEqual([
      'PERSPECTIVE',
      'INT_EMB',
      'COND_TRAVAIL',
      'DUR_EMPL',
      'MAIN_OEUVRE',
      'MISMATCH_GEO',
      'SPECIF_FORM_EMPL',
    ]);
    for (const item of items) {
      expect(item).toMatchObject({
        codeTypeTerritoire: 'DEP',
        codeTerritoire: '35',
        libTerritoire: loadDepartements().find((d) => d.code === '35')!.nom,
        codeTypeActivite: 'ROME',
        codeActivite: 'M1805',
        libActivite: dataset.fiches.find((f) => f.code === 'M1805')!.libelle,
        codeTypePeriode: 'ANNEE',
        codePeriode: dataset.tensions.year,
        libNomenclature: expect.any(String),
        valeurPrincipaleNom: expect.stringMatching(/^[1-5]$/),
      });
    }
    const [perspective, ...others] = items;
    expect(perspective.valeurPrincipaleDecimale).toEqual(expect.any(Number));
    for (const item of others) expect(item.valeurPrincipaleNombre).toBe(Number(item.valeurPrincipaleNom));
  });

  (hasOpenData ? it : it.skip)('carries the Dares figures of the FAP that employs the most people', async () => {
    const fiche = dataset.fiches.find((f) => f.code === 'M1805')!;
    const source = daresRowFromSource(fiche.codeRomeParent, '35')!;
    expect(source).toBeDefined();
    const body = (await (await callApi(sandbox, token, INDICATOR, { json: criteria() })).json()) as any;
    const byCode = Object.fromEntries(body.listeValeursParPeriode.map((i: any) => [i.codeNomenclature, i]));
    expect(byCode.PERSPECTIVE.valeurPrincipaleDecimale).toBeCloseTo(Number(source['Tension ']), 3);
    expect(byCode.PERSPECTIVE.valeurPrincipaleNom).toBe(String(Number(source['Catégorie Tension'])));
    expect(byCode.INT_EMB.valeurPrincipaleNombre).toBe(Number(source["Intensité d'embauches"]));
    expect(byCode.MAIN_OEUVRE.valeurPrincipaleNombre).toBe(Number(source["Manque de main-d'œuvre disponible"]));
    expect(byCode.MISMATCH_GEO.valeurPrincipaleNombre).toBe(Number(source['Inadéquation géographique']));
    expect(byCode.SPECIF_FORM_EMPL.valeurPrincipaleNombre).toBe(Number(source['Lien formation-emploi']));
  });
  if (!hasOpenData) console.log(`open data not found at ${OPEN_DATA_DIR}: the Dares cross-check is skipped`);

  it('answers national and regional figures too', async () => {
    for (const [type, code] of [
      ['NAT', 'FR'],
      ['REG', '53'],
    ]) {
      const response = await callApi(sandbox, token, INDICATOR, {
        json: criteria({ codeTypeTerritoire: type, codeTerritoire: code }),
      });
      expect(response.status).toBe(200);
    }
  });

  it('filters on listeCodeNomenclature', async () => {
    const response = await callApi(sandbox, token, INDICATOR, {
      json: criteria({ listeCodeNomenclature: ['PERSPECTIVE'] }),
    });
    const body = (await response.json()) as any;
    expect(body.listeValeursParPeriode.map((i: any) => i.codeNomenclature)).toEqual(['PERSPECTIVE']);
  });

  it('answers 500 "pas pu trouver la liste" when there is no figure for the territory', async () => {
    const daresDepartements = new Set(dataset.tensions.rows.filter((r) => r[1] === 'DEP').map((r) => r[2]));
    const uncovered = loadDepartements().find((d) => !daresDepartements.has(d.code))!;
    expect(uncovered).toBeDefined();
    const response = await callApi(sandbox, token, INDICATOR, { json: criteria({ codeTerritoire: uncovered.code }) });
    expect(response.status).toBe(500);
    expect(((await response.json()) as any).message).toContain("Le serveur n'a pas pu trouver la liste");
    const unknownJob = await callApi(sandbox, token, INDICATOR, { json: criteria({ codeActivite: 'Z9999' }) });
    expect(unknownJob.status).toBe(500);
  });

  it('answers 400 "pas disponible pour cet indicateur" for quarterly periods', async () => {
    const response = await callApi(sandbox, token, INDICATOR, { json: criteria({ codeTypePeriode: 'TRIMESTRE' }) });
    expect(response.status).toBe(400);
    expect(((await response.json()) as any).message).toContain("n'est pas disponible pour cet indicateur");
  });

  it('answers XML unless JSON is asked for', async () => {
    const response = await callApi(sandbox, token, INDICATOR, { json: criteria(), accept: '*/*' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/xml/);
    const text = await response.text();
    expect(text.startsWith('<?xml')).toBe(true);
    expect(text).toContain('<codeIndicateur>PERSP_2</codeIndicateur>');
  });

  it('lists territories by type', async () => {
    const get = async (type: string) => {
      const response = await callApi(
        sandbox,
        token,
        `/stats-offres-demandes-emploi/v1/referentiel/territoires/${type}`,
      );
      return { status: response.status, body: (await response.json()) as any };
    };
    expect((await get('NAT')).body).toEqual({
      territoires: [{ codeTypeTerritoire: 'NAT', codeTerritoire: 'FR', libelleTerritoire: 'France' }],
    });
    const regions = await get('REG');
    expect(regions.body.territoires.map((t: any) => t.codeTerritoire)).toEqual(loadRegions().map((r) => r.code));
    const departements = await get('DEP');
    expect(departements.body.territoires).toContainEqual({
      codeTypeTerritoire: 'DEP',
      codeTerritoire: '35',
      libelleTerritoire: 'Ille-et-Vilaine',
    });
    expect(departements.body.territoires).toHaveLength(loadDepartements().length);
    expect((await get('COM')).status).toBe(400);
  });
});
