import { areaLevelOf, IMT_TERRITORY_LEVELS, imtArea } from '../../../src/upstream/infotravail/area-type';

describe('Infotravail IMT area vocabulary', () => {
  it('names France, régions, départements and bassins F, R, D and B', () => {
    expect(imtArea({ level: 'NATION', code: 'FR' })).toEqual({ AREA_TYPE_CODE: 'F', AREA_CODE: 'FR' });
    expect(imtArea({ level: 'REGION', code: '53' })).toEqual({ AREA_TYPE_CODE: 'R', AREA_CODE: '53' });
    expect(imtArea({ level: 'DEPARTEMENT', code: '2A' })).toEqual({ AREA_TYPE_CODE: 'D', AREA_CODE: '2A' });
    expect(imtArea({ level: 'BASSIN', code: '5314' })).toEqual({ AREA_TYPE_CODE: 'B', AREA_CODE: '5314' });
  });

  it('reads the area type codes back, and knows no other', () => {
    expect(['F', 'R', 'D', 'B', 'C', null].map(areaLevelOf)).toEqual([
      'NATION',
      'REGION',
      'DEPARTEMENT',
      'BASSIN',
      null,
      null,
    ]);
  });

  it('publishes no figure for a commune: the graph must ask at a level it lists', () => {
    expect(IMT_TERRITORY_LEVELS).toEqual(['NATION', 'REGION', 'DEPARTEMENT', 'BASSIN']);
    expect(() => imtArea({ level: 'COMMUNE', code: '35238' })).toThrow(/no figure at the COMMUNE level/);
  });
});
