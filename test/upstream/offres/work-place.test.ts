import { workPlaceDepartement } from '../../../src/upstream/offres/work-place';

describe('workPlaceDepartement', () => {
  test.each([
    ['35 - RENNES', '35'],
    ['35 - Ille-et-Vilaine', '35'],
    ['2a - AJACCIO', '2A'],
    ['974 - Réunion', '974'],
    ['99 - Belgique', '99'],
    ['Belgique', undefined],
    ['Île-de-France', undefined],
  ])('"%s" → %s', (libelle, expected) => {
    expect(workPlaceDepartement({ libelle })).toBe(expected);
  });

  test('no place, no département', () => {
    expect(workPlaceDepartement(undefined)).toBeUndefined();
  });
});
