import { toTerritory } from '../../../src/graph/market/territories';
import { resolveTerritoryReference } from '../../../src/graph/market/territory.reference';
import { territoryDirectory } from '../../../src/graph/territory/territory-directory';

describe('toTerritory', () => {
  test('serves a record with its parents remembered, once per record', () => {
    const rennes = territoryDirectory.get('COMMUNE', '35238')!;
    const node = toTerritory(rennes);
    expect(node).toMatchObject({
      id: 'COMMUNE:35238',
      type: 'COMMUNE',
      name: 'Rennes',
      departementCode: '35',
      regionCode: '53',
    });
    expect(node.postalCodes).toContain('35000');
    expect(toTerritory(rennes)).toBe(node);
  });

  test('upper levels have no postal codes nor population, and the nation no parents', () => {
    expect(toTerritory(territoryDirectory.nation())).toEqual({
      id: 'NATION:FR',
      type: 'NATION',
      code: 'FR',
      name: 'France',
      postalCodes: [],
      population: null,
      regionCode: null,
      departementCode: null,
      departementCodes: [],
    });
  });
});

describe('Territory reference', () => {
  test('resolves every id the model issues, and nothing else', () => {
    const context = {} as never;
    expect(resolveTerritoryReference({ id: 'DEPARTEMENT:2A' }, context)).toMatchObject({ name: 'Corse-du-Sud' });
    expect(resolveTerritoryReference({ id: 'COMMUNE:35999' }, context)).toBeNull();
    expect(resolveTerritoryReference({ id: 'CANTON:3501' }, context)).toBeNull();
    expect(resolveTerritoryReference({ id: 'no-separator' }, context)).toBeNull();
  });
});
