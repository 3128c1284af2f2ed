import { cacheKindOf, endpointOf } from '../../../src/upstream/core/upstream-observer';

describe('cacheKindOf: the resource kind a cache key is counted under', () => {
  test.each([
    ['offres:search:departement=35&codeROME=M1805', 'offres:search'],
    ['rome:metiers', 'rome:metiers'],
    ['marche:indicateur:PERSP_2:DEP:35:ROME:M1805:toutes:sans', 'marche:indicateur'],
    ['metiers-recherches:user:5f1c', 'metiers-recherches:user'],
    ['agences', 'agences'],
    ['offres:', 'offres:'],
    ['', ''],
  ])('%s → %s', (key, kind) => {
    expect(cacheKindOf(key)).toBe(kind);
  });
});

describe('endpointOf: a call path fit to label a metric', () => {
  test('identifiers become :id, API versions stay', () => {
    expect(endpointOf('http://127.0.0.1:4010/partenaire/offresdemploi/v2/offres/123ABCD')).toBe(
      '/partenaire/offresdemploi/v2/offres/:id',
    );
    expect(endpointOf('https://api.francetravail.io/partenaire/rome-metiers/v1/metiers/metier?champs=code')).toBe(
      '/partenaire/rome-metiers/v1/metiers/metier',
    );
  });

  test('a URL that cannot be read is "unknown"', () => {
    expect(endpointOf('not a url')).toBe('unknown');
  });
});
