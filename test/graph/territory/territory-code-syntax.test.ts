import {
  canonicalTerritoryCode,
  departementCodeOfCommune,
  hasCodeSyntax,
  levelName,
} from '../../../src/graph/territory/territory-code-syntax';
import { isTerritoryType, TERRITORY_TYPES } from '../../../src/graph/territory/territory-type';

describe('territory code syntax', () => {
  test('codes are canonical once trimmed and upper-cased', () => {
    expect(canonicalTerritoryCode(' 2b033 ')).toBe('2B033');
    expect(canonicalTerritoryCode('fr')).toBe('FR');
  });

  test('a commune lies in the département its code starts with, three characters overseas', () => {
    expect(departementCodeOfCommune('35238')).toBe('35');
    expect(departementCodeOfCommune('2A004')).toBe('2A');
    expect(departementCodeOfCommune('97411')).toBe('974');
    expect(departementCodeOfCommune('97608')).toBe('976');
  });

  test('an unknown level has no valid code', () => {
    expect(hasCodeSyntax('CANTON' as never, '01')).toBe(false);
  });

  test('levels are named in French words in messages, coarsest first in the model', () => {
    expect(TERRITORY_TYPES).toEqual(['NATION', 'REGION', 'DEPARTEMENT', 'COMMUNE', 'BASSIN']);
    expect(TERRITORY_TYPES.map(levelName)).toEqual(['nation', 'région', 'département', 'commune', "bassin d'emploi"]);
    expect(isTerritoryType('REGION')).toBe(true);
    expect(isTerritoryType('region')).toBe(false);
  });
});
