import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startSandbox, type Sandbox } from '../../src/sandbox';
import { callApi, GENEROUS_QUOTAS, hasOpenData, OPEN_DATA_DIR, tokenFor } from './helpers';

/** Records of a ROME CSV without multi-line fields: non-empty lines minus the header. */
function csvRecordCount(file: string): number {
  return (
    readFileSync(path.join(OPEN_DATA_DIR, 'rome_v460', file), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '').length - 1
  );
}

if (!hasOpenData)
  console.log(`open data not found at ${OPEN_DATA_DIR}: the full-referential sandbox tests are skipped`);

(hasOpenData ? describe : describe.skip)('sandbox over the full open-data referential', () => {
  let sandbox: Sandbox;
  let token: string;

  beforeAll(async () => {
    sandbox = await startSandbox({ dataDir: OPEN_DATA_DIR, quotas: GENEROUS_QUOTAS });
    token = await tokenFor(sandbox);
  });
  afterAll(() => sandbox?.close());

  it('serves every fiche métier of ROME v460 (1584 per the release note)', async () => {
    const announced = Number(
      /(\d+)\s+fiches/.exec(readFileSync(path.join(OPEN_DATA_DIR, 'rome_v460', 'version.txt'), 'utf8'))?.[1],
    );
    const response = await callApi(sandbox, token, '/rome-metiers/v1/metiers/metier?champs=code,libelle');
    const metiers = (await response.json()) as { code: string }[];
    expect(metiers).toHaveLength(csvRecordCount('unix_referentiel_code_rome_v460_utf8.csv'));
    expect(metiers).toHaveLength(announced);
    const fiches = (await (
      await callApi(sandbox, token, '/rome-fiches-metiers/v1/fiches-rome/fiche-metier?champs=code')
    ).json()) as unknown[];
    expect(fiches).toHaveLength(announced);
  });

  it('serves every appellation', async () => {
    const response = await callApi(sandbox, token, '/rome-metiers/v1/metiers/appellation?champs=code');
    expect((await response.json()) as unknown[]).toHaveLength(
      csvRecordCount('unix_referentiel_appellation_v460_utf8.csv'),
    );
  });

  it('knows fiches outside the bundled subset, with their tension and offers', async () => {
    const metier = await callApi(sandbox, token, '/rome-metiers/v1/metiers/metier/A1101?champs=code,libelle');
    expect(metier.status).toBe(200);
    const tension = await callApi(
      sandbox,
      token,
      '/stats-offres-demandes-emploi/v1/indicateur/stat-perspective-employeur',
      {
        json: {
          codeTypeTerritoire: 'NAT',
          codeTerritoire: 'FR',
          codeTypeActivite: 'ROME',
          codeActivite: 'A1101',
          codeTypePeriode: 'ANNEE',
          codeTypeNomenclature: 'TYPE_TENSION',
        },
      },
    );
    expect(tension.status).toBe(200);
    const offers = await callApi(sandbox, token, '/offresdemploi/v2/offres/search?codeROME=A1101&range=0-0');
    expect([200, 206]).toContain(offers.status);
  });
});
