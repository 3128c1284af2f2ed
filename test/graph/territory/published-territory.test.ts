import { publishedFor } from '../../../src/graph/territory/published-territory';
import { territoryDirectory } from '../../../src/graph/territory/territory-directory';
import { IMT_TERRITORY_LEVELS } from '../../../src/upstream/infotravail/area-type';
import { MARCHE_TERRITORY_LEVELS } from '../../../src/upstream/marche/territory-type';

describe('publishedFor', () => {
  const rennes = territoryDirectory.get('COMMUNE', '35238')!;

  test.each([
    ['Infotravail', IMT_TERRITORY_LEVELS],
    ['Marché du travail', MARCHE_TERRITORY_LEVELS],
  ])('%s: a commune is read at its département, a published level as itself', (_api, levels) => {
    expect(publishedFor(rennes, levels)).toMatchObject({
      record: { id: 'DEPARTEMENT:35' },
      key: { level: 'DEPARTEMENT', code: '35' },
    });
    const region = territoryDirectory.get('REGION', '53')!;
    expect(publishedFor(region, levels).record).toBe(region);
    expect(publishedFor(territoryDirectory.nation(), levels).key).toEqual({ level: 'NATION', code: 'FR' });
  });

  test('climbs as far as the levels given require, and says when nothing covers the territory', () => {
    expect(publishedFor(rennes, ['REGION']).key).toEqual({ level: 'REGION', code: '53' });
    expect(() => publishedFor(rennes, ['BASSIN'])).toThrow('No figures cover COMMUNE:35238');
  });
});
