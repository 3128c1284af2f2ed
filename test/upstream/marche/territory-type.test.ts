import { levelOf, MARCHE_TERRITORY_LEVELS, marcheTerritory } from '../../../src/upstream/marche/territory-type';

describe('Marché du travail territory vocabulary', () => {
  it('names the nation, régions and départements NAT, REG and DEP', () => {
    expect(marcheTerritory({ level: 'NATION', code: 'FR' })).toEqual({
      codeTypeTerritoire: 'NAT',
      codeTerritoire: 'FR',
    });
    expect(marcheTerritory({ level: 'REGION', code: '94' })).toEqual({
      codeTypeTerritoire: 'REG',
      codeTerritoire: '94',
    });
    expect(marcheTerritory({ level: 'DEPARTEMENT', code: '2A' })).toEqual({
      codeTypeTerritoire: 'DEP',
      codeTerritoire: '2A',
    });
  });

  it('names bassins d’emploi BASBMO, and reads the type codes back', () => {
    expect(marcheTerritory({ level: 'BASSIN', code: '5314' })).toEqual({
      codeTypeTerritoire: 'BASBMO',
      codeTerritoire: '5314',
    });
    expect(['NAT', 'REG', 'DEP', 'BASBMO', 'EPCI'].map(levelOf)).toEqual([
      'NATION',
      'REGION',
      'DEPARTEMENT',
      'BASSIN',
      undefined,
    ]);
  });

  it('publishes no figure for a commune: the graph must ask at a level it lists', () => {
    expect(MARCHE_TERRITORY_LEVELS).toEqual(['NATION', 'REGION', 'DEPARTEMENT', 'BASSIN']);
    expect(() => marcheTerritory({ level: 'COMMUNE', code: '35238' })).toThrow(/no figure at the COMMUNE level/);
  });
});
