import { registerEnumType } from 'type-graphql';
import type { TerritoryLevel } from '../../upstream';

/**
 * The levels of the French administrative map the graph serves, coarsest first, and the bassins d'emploi. Its values are the upstream
 * clients' `TerritoryLevel`s, so a territory is handed to any client as is.
 */
export enum TerritoryType {
  NATION = 'NATION',
  REGION = 'REGION',
  DEPARTEMENT = 'DEPARTEMENT',
  COMMUNE = 'COMMUNE',
  BASSIN = 'BASSIN',
}

// Compile-time check that the graph and its clients name the same levels (a new level is added to both).
type SameSet<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameLevels: SameSet<`${TerritoryType}`, TerritoryLevel> = true;
void sameLevels;

export const TERRITORY_TYPES: readonly TerritoryType[] = Object.freeze(Object.values(TerritoryType));

export function isTerritoryType(value: string): value is TerritoryType {
  return (TERRITORY_TYPES as readonly string[]).includes(value);
}

registerEnumType(TerritoryType, {
  name: 'TerritoryType',
  description: 'Level of the French administrative map (official INSEE geography).',
  valuesConfig: {
    NATION: { description: 'France as a whole; its code is "FR".' },
    REGION: { description: 'A région, by INSEE code, e.g. "53" (Bretagne).' },
    DEPARTEMENT: { description: 'A département, by INSEE code, e.g. "35", "2A", "974".' },
    COMMUNE: { description: 'A commune, by INSEE code (not postal code), e.g. "35238" (Rennes).' },
    BASSIN: {
      description:
        'A bassin d\'emploi (employment area of France Travail\'s BMO survey), by its 4-digit code, e.g. "5314" ' +
        '(Rennes); it lies in one région and may straddle départements. Labour-market figures only.',
    },
  },
});
