import { readFileSync } from 'node:fs';
import {
  TerritoryDirectory,
  territoryDirectory,
  type TerritoryRecord,
} from '../../../src/graph/territory/territory-directory';
import type { TerritoryLevel as TerritoryType } from '../../../src/upstream';

// The package's own data, read directly, to check the directory against it rather than against numbers typed here.
function packageData<T>(file: string): T {
  return JSON.parse(readFileSync(require.resolve(`@etalab/decoupage-administratif/data/${file}`), 'utf8')) as T;
}
const rawRegions = packageData<{ code: string; nom: string; zone: string }[]>('regions.json');
const rawDepartements = packageData<{ code: string; region: string; zone: string }[]>('departements.json');

describe('TerritoryDirectory', () => {
  const directory = new TerritoryDirectory();

  test('Rennes 35238 lies in département 35, in région 53 Bretagne', () => {
    const rennes = directory.get('COMMUNE', '35238');
    expect(rennes).toMatchObject({
      id: 'COMMUNE:35238',
      type: 'COMMUNE',
      code: '35238',
      name: 'Rennes',
      departementCode: '35',
      regionCode: '53',
    });
    expect(rennes?.postalCodes).toEqual(expect.arrayContaining(['35000', '35200', '35700']));
    expect(rennes?.population).toBeGreaterThan(0);

    const ille = directory.get('DEPARTEMENT', rennes!.departementCode!);
    expect(ille).toMatchObject({ id: 'DEPARTEMENT:35', name: 'Ille-et-Vilaine', regionCode: '53' });
    expect(directory.get('REGION', ille!.regionCode!)).toEqual({
      id: 'REGION:53',
      type: 'REGION',
      code: '53',
      name: 'Bretagne',
    });
  });

  test('the nation is France, "NATION:FR"', () => {
    expect(directory.nation()).toEqual({ id: 'NATION:FR', type: 'NATION', code: 'FR', name: 'France' });
    expect(directory.get('NATION', 'FR')).toBe(directory.nation());
    expect(directory.get('NATION', 'DE')).toBeNull();
  });

  test('the 18 current régions: the 13 metropolitan ones and the 5 overseas, no collectivité', () => {
    const regions = directory.regions();
    const expected = rawRegions.filter((region) => region.zone !== 'com');
    expect(regions.map((region) => region.code).sort()).toEqual(expected.map((region) => region.code).sort());
    expect(regions).toHaveLength(18);
    expect(rawRegions.filter((region) => region.zone === 'metro')).toHaveLength(13);
    expect(directory.get('REGION', '975')).toBeNull(); // Saint-Pierre-et-Miquelon is a collectivité, not a région
  });

  test('départements of Bretagne are 22, 29, 35, 56', () => {
    expect(directory.departementsOf('53').map((departement) => departement.code)).toEqual(['22', '29', '35', '56']);
  });

  test('every département of a covered région is listed under it', () => {
    for (const region of directory.regions()) {
      const expected = rawDepartements
        .filter((departement) => departement.region === region.code)
        .map((departement) => departement.code);
      expect(directory.departementsOf(region.code).map((departement) => departement.code)).toEqual(expected);
    }
  });

  test('Corsica: 2A and 2B in région 94, and their communes keep the letter', () => {
    expect(directory.departementsOf('94').map((departement) => departement.code)).toEqual(['2A', '2B']);
    expect(directory.get('DEPARTEMENT', '2a')).toMatchObject({ code: '2A', name: 'Corse-du-Sud', regionCode: '94' });
    expect(directory.get('COMMUNE', '2A004')).toMatchObject({
      name: 'Ajaccio',
      departementCode: '2A',
      regionCode: '94',
    });
    expect(directory.get('DEPARTEMENT', '20')).toBeNull();
  });

  test('overseas départements are both a département and a région', () => {
    const overseas: [string, string][] = [
      ['971', '01'],
      ['972', '02'],
      ['973', '03'],
      ['974', '04'],
      ['976', '06'],
    ];
    for (const [departementCode, regionCode] of overseas) {
      expect(directory.get('DEPARTEMENT', departementCode)).toMatchObject({ regionCode });
      expect(directory.departementsOf(regionCode).map((departement) => departement.code)).toEqual([departementCode]);
    }
    expect(directory.get('COMMUNE', '97411')).toMatchObject({
      name: 'Saint-Denis',
      departementCode: '974',
      regionCode: '04',
    });
    expect(directory.get('DEPARTEMENT', '975')).toBeNull();
    expect(directory.get('COMMUNE', '97501')).toBeNull();
  });

  test('unknown codes give null or an empty list', () => {
    expect(directory.get('REGION', '99')).toBeNull();
    expect(directory.get('DEPARTEMENT', '96')).toBeNull();
    expect(directory.get('COMMUNE', '35999')).toBeNull();
    expect(directory.get('COMMUNE', 'Rennes')).toBeNull();
    expect(directory.departementsOf('99')).toEqual([]);
    expect(directory.communesOf('96')).toEqual([]);
  });

  test('byId reads the type and code of an id', () => {
    expect(directory.byId('DEPARTEMENT:35')).toBe(directory.get('DEPARTEMENT', '35'));
    expect(directory.byId('NATION:FR')).toBe(directory.nation());
    expect(directory.byId('COMMUNE:35238')?.name).toBe('Rennes');
    expect(directory.byId('REGION:53')?.name).toBe('Bretagne');
    expect(directory.byId('CANTON:3501')).toBeNull();
    expect(directory.byId('35')).toBeNull();
  });

  test('communes of a département are its current communes, cities whole', () => {
    const ille = directory.communesOf('35');
    expect(ille.map((commune) => commune.code)).toContain('35238');
    expect(ille.every((commune) => commune.departementCode === '35' && commune.type === 'COMMUNE')).toBe(true);
    expect(new Set(ille.map((commune) => commune.code)).size).toBe(ille.length);

    const paris = directory.communesOf('75');
    expect(paris.map((commune) => commune.code)).toEqual(['75056']);
  });

  test('an arrondissement municipal resolves as a commune of its département, but is not listed among them', () => {
    expect(directory.get('COMMUNE', '75108')).toMatchObject({ departementCode: '75', regionCode: '11' });
    expect(directory.communesOf('69').map((commune) => commune.code)).toContain('69123');
    expect(directory.communesOf('69').map((commune) => commune.code)).not.toContain('69381');
  });

  test('commune codes of recorded France Travail offers resolve (whole-city codes for Paris and Lyon)', () => {
    for (const code of [
      '76341',
      '33281',
      '01142',
      '34172',
      '31555',
      '67028',
      '38185',
      '69266',
      '06152',
      '75056',
      '78640',
      '92025',
      '07340',
      '69123',
      '94067',
      '44109',
      '92044',
    ]) {
      expect(directory.get('COMMUNE', code)).not.toBeNull();
    }
  });

  test.each<[TerritoryType, string, boolean]>([
    ['NATION', 'FR', true],
    ['NATION', 'fr', true],
    ['NATION', 'FRA', false],
    ['REGION', '53', true],
    ['REGION', '01', true],
    ['REGION', '5', false],
    ['REGION', '530', false],
    ['REGION', 'AB', false],
    ['DEPARTEMENT', '01', true],
    ['DEPARTEMENT', '35', true],
    ['DEPARTEMENT', '95', true],
    ['DEPARTEMENT', '2A', true],
    ['DEPARTEMENT', '2b', true],
    ['DEPARTEMENT', '971', true],
    ['DEPARTEMENT', '976', true],
    ['DEPARTEMENT', '00', false],
    ['DEPARTEMENT', '20', false],
    ['DEPARTEMENT', '96', false],
    ['DEPARTEMENT', '977', false],
    ['DEPARTEMENT', '2C', false],
    ['DEPARTEMENT', '5', false],
    ['COMMUNE', '35238', true],
    ['COMMUNE', '2A004', true],
    ['COMMUNE', '2B033', true],
    ['COMMUNE', '97411', true],
    ['COMMUNE', '3523', false],
    ['COMMUNE', '352380', false],
    ['COMMUNE', '2C004', false],
    ['COMMUNE', 'ABCDE', false],
  ])('isWellFormed(%s, %s) is %s', (type, code, expected) => {
    expect(directory.isWellFormed(type, code)).toBe(expected);
  });

  test('isWellFormed is about syntax only: a well-formed code may be unknown', () => {
    expect(directory.isWellFormed('COMMUNE', '35999')).toBe(true);
    expect(directory.get('COMMUNE', '35999')).toBeNull();
    expect(directory.isWellFormed('CANTON' as TerritoryType, '01')).toBe(false);
  });

  test('each territory lies in its parent, up to the nation', () => {
    const ajaccio = directory.get('COMMUNE', '2A004')!;
    const corseDuSud = directory.parentOf(ajaccio)!;
    expect(corseDuSud.id).toBe('DEPARTEMENT:2A');
    expect(directory.parentOf(corseDuSud)?.id).toBe('REGION:94');
    expect(directory.parentOf(directory.get('REGION', '94')!)).toBe(directory.nation());
    expect(directory.parentOf(directory.nation())).toBeNull();
    expect(directory.parentOf(directory.get('COMMUNE', '97411')!)?.id).toBe('DEPARTEMENT:974');
  });

  test('atOneOf: the territory itself at an accepted level, else the nearest one containing it', () => {
    const levels: TerritoryType[] = ['NATION', 'REGION', 'DEPARTEMENT'];
    expect(directory.atOneOf(directory.get('COMMUNE', '35238')!, levels)?.id).toBe('DEPARTEMENT:35');
    expect(directory.atOneOf(directory.get('DEPARTEMENT', '2B')!, levels)?.id).toBe('DEPARTEMENT:2B');
    expect(directory.atOneOf(directory.get('COMMUNE', '35238')!, ['REGION'])?.id).toBe('REGION:53');
    expect(directory.atOneOf(directory.get('REGION', '53')!, ['COMMUNE'])).toBeNull();
  });

  test('records are shared and cannot be altered by a caller', () => {
    const bretagne = directory.get('REGION', '53') as TerritoryRecord;
    expect(Object.isFrozen(bretagne)).toBe(true);
    expect(() => {
      (bretagne as { name: string }).name = 'Armorique';
    }).toThrow(TypeError);
    const listed = directory.departementsOf('53');
    listed.pop();
    expect(directory.departementsOf('53')).toHaveLength(4);
  });
});

describe('TerritoryDirectory commune loading', () => {
  test('communes are read at the first commune lookup, not before', () => {
    const directory = new TerritoryDirectory();
    expect(directory.communesLoaded).toBe(false);

    directory.regions();
    directory.departementsOf('53');
    directory.get('DEPARTEMENT', '35');
    directory.parentOf(directory.get('DEPARTEMENT', '35')!);
    expect(directory.isWellFormed('COMMUNE', '35238')).toBe(true);
    expect(directory.get('COMMUNE', 'not-a-code')).toBeNull();
    expect(directory.communesLoaded).toBe(false);

    expect(directory.get('COMMUNE', '35238')?.name).toBe('Rennes');
    expect(directory.communesLoaded).toBe(true);
  });

  test('listing communes loads them too', () => {
    const directory = new TerritoryDirectory();
    expect(directory.communesOf('53').length).toBeGreaterThan(0); // Mayenne
    expect(directory.communesLoaded).toBe(true);
  });

  test('the shared directory answers like a fresh one', () => {
    expect(territoryDirectory.get('COMMUNE', '35238')).toEqual(new TerritoryDirectory().get('COMMUNE', '35238'));
  });
});

describe("TerritoryDirectory.locate: the territory of an offer's place of work", () => {
  const directory = new TerritoryDirectory();

  test('a current commune is itself', () => {
    expect(directory.locate({ communeCode: '35238', departementCode: '35' })?.id).toBe('COMMUNE:35238');
  });

  test('a former commune, now a commune déléguée or associée, is the commune it merged into', () => {
    // Béon (01039) merged into Culoz-Béon (01138); Cordieux (01120) is associated with Montluel (01262).
    expect(directory.get('COMMUNE', '01039')).toBeNull();
    expect(directory.locate({ communeCode: '01039' })).toMatchObject({ id: 'COMMUNE:01138', type: 'COMMUNE' });
    expect(directory.locate({ communeCode: '01120' })).toMatchObject({ id: 'COMMUNE:01262', type: 'COMMUNE' });
  });

  test('every former commune the package lists resolves to a current commune of the map', () => {
    const communes = packageData<{ code: string; type: string; zone: string }[]>('communes.json');
    const former = communes.filter(
      (c) => (c.type === 'commune-deleguee' || c.type === 'commune-associee') && c.zone !== 'com',
    );
    expect(former.length).toBeGreaterThan(2000);
    const located = former.map((c) => directory.locate({ communeCode: c.code }));
    expect(located.filter((t) => t?.type !== 'COMMUNE')).toEqual([]);
    for (const territory of located) expect(directory.byId(territory!.id)).toBe(territory);
  });

  test('currentCommune: the commune a code designates today, or null', () => {
    expect(directory.currentCommune('35238')?.name).toBe('Rennes');
    expect(directory.currentCommune('01039')?.id).toBe('COMMUNE:01138');
    expect(directory.currentCommune('35999')).toBeNull();
    expect(directory.currentCommune('35')).toBeNull();
  });

  test('an unknown commune code falls back to its département, never to an invalid territory', () => {
    expect(directory.locate({ communeCode: '35999' })?.id).toBe('DEPARTEMENT:35');
    expect(directory.locate({ communeCode: '2A999' })?.id).toBe('DEPARTEMENT:2A');
    expect(directory.locate({ communeCode: '97499' })?.id).toBe('DEPARTEMENT:974');
  });

  test('an offer located only by département is in that département', () => {
    expect(directory.locate({ departementCode: '35' })?.id).toBe('DEPARTEMENT:35');
    expect(directory.locate({ communeCode: null, departementCode: '2a' })?.id).toBe('DEPARTEMENT:2A');
  });

  test('a place outside the map (abroad, overseas collectivités) has no territory', () => {
    expect(directory.locate({})).toBeNull();
    expect(directory.locate({ departementCode: '99' })).toBeNull();
    expect(directory.locate({ communeCode: '97501' })).toBeNull();
    expect(directory.locate({ communeCode: '98735' })).toBeNull();
  });
});
