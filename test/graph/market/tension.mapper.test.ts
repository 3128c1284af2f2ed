import { pickYear } from '../../../src/graph/market/market.loaders';
import { tensionsByYear, withTerritory } from '../../../src/graph/market/tension.mapper';
import { toTerritory } from '../../../src/graph/market/territories';
import { territoryDirectory } from '../../../src/graph/territory/territory-directory';
import type { TensionValeurDto } from '../../../src/upstream';

function item(codePeriode: string, codeNomenclature: string, value: Partial<TensionValeurDto>): TensionValeurDto {
  return {
    codeTypeTerritoire: 'DEP',
    codeTerritoire: '35',
    codeTypeActivite: 'ROME',
    codeActivite: 'M1805',
    codeTypePeriode: 'ANNEE',
    codePeriode,
    codeNomenclature,
    ...value,
  };
}

describe('tensionsByYear', () => {
  const items = [
    item('2022', 'PERSPECTIVE', { valeurPrincipaleNom: '5', valeurPrincipaleDecimale: 1.42 }),
    item('2022', 'INT_EMB', { valeurPrincipaleNombre: 4 }),
    item('2022', 'MAIN_OEUVRE', { valeurPrincipaleNom: '3' }),
    item('2022', 'COND_TRAVAIL', { valeurPrincipaleNom: '1' }),
    item('2022', 'DUR_EMPL', { valeurPrincipaleNom: '2' }),
    item('2022', 'MISMATCH_GEO', { valeurPrincipaleNom: '4' }),
    item('2022', 'SPECIF_FORM_EMPL', { valeurPrincipaleNom: '5' }),
    item('2022', 'ATTR_SALARIALE', { valeurPrincipaleNom: '2' }),
    item('2023', 'PERSPECTIVE', { valeurPrincipaleNom: '2' }),
    item('2023', 'INT_EMB', { valeurPrincipaleNom: '9' }),
    item('2023', 'UNKNOWN_INDICATOR', { valeurPrincipaleNom: '3' }),
    item('----', 'PERSPECTIVE', { valeurPrincipaleNom: '3' }),
  ];

  test('one record per year, latest first, every sub-indicator in its field', () => {
    const [latest, previous, ...rest] = tensionsByYear('M1805', items);
    expect(rest).toEqual([]);
    expect(previous).toEqual({
      year: 2022,
      period: { kind: 'YEAR', code: '2022', year: 2022, quarter: null, label: '2022' },
      occupationCode: 'M1805',
      level: 5,
      label: 'Very high',
      index: 1.42,
      hiringIntensity: 4,
      labourShortage: 3,
      workingConditions: 1,
      employmentDurability: 2,
      geographicMismatch: 4,
      trainingLink: 5,
      salaryAttractiveness: 2,
    });
    expect(latest).toMatchObject({ year: 2023, level: 2, label: 'Low', index: null });
  });

  test('a class outside 1–5 is no figure, not a wrong one', () => {
    expect(tensionsByYear('M1805', items)[0].hiringIntensity).toBeNull();
  });

  test('no item, no year', () => {
    expect(tensionsByYear('M1805', [])).toEqual([]);
  });

  test('pickYear: the latest by default, the asked year, or null', () => {
    const ille = toTerritory(territoryDirectory.get('DEPARTEMENT', '35')!);
    const tensions = tensionsByYear('M1805', items).map((figures) => withTerritory(figures, ille));
    expect(pickYear(tensions, null)?.year).toBe(2023);
    expect(pickYear(tensions, 2022)?.territory.id).toBe('DEPARTEMENT:35');
    expect(pickYear(tensions, 2019)).toBeNull();
    expect(pickYear([], undefined)).toBeNull();
  });
});
