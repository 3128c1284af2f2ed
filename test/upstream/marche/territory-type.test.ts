import { MARCHE_TERRITORY_LEVELS, marcheTerritory } from '../../../src/upstream/marche/territory-type';

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

  it('publishes no figure for a commune: the graph must ask at a level it lists', () => {
    expect(MARCHE_TERRITORY_LEVELS).toEqual(['NATION', 'REGION', 'DEPARTEMENT']);
    expect(() => marcheTerritory({ level: 'COMMUNE', code: '35238' })).toThrow(/no figure at the COMMUNE level/);
  });
});
