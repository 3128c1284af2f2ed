import { levelVocabulary, type TerritoryKey, type TerritoryLevel } from '../territory';
import type { TerritoireType } from './dto';

/**
 * Marché du travail's name for each level it publishes figures at; it has none below the département except the
 * bassins d'emploi, the BMO survey's employment areas. Older client code spells their type `BASBMO`, newer
 * `BASSIN`; `BASBMO` is used here.
 */
const TERRITOIRE_TYPES = levelVocabulary<TerritoireType>({
  NATION: 'NAT',
  REGION: 'REG',
  DEPARTEMENT: 'DEP',
  BASSIN: 'BASBMO',
});

/** The levels Marché du travail publishes figures at. */
export const MARCHE_TERRITORY_LEVELS: readonly TerritoryLevel[] = TERRITOIRE_TYPES.levels;

export function territoireType(level: TerritoryLevel): TerritoireType {
  const type = TERRITOIRE_TYPES.codeOf(level);
  // The graph asks only for the levels above; anything else is a programming error, not a user's.
  if (!type) throw new Error(`Marché du travail publishes no figure at the ${level} level.`);
  return type;
}

/** The graph's level of a Marché territory type; undefined for meshes the graph does not serve (EPCI, CLPE…). */
export function levelOf(codeTypeTerritoire: string): TerritoryLevel | undefined {
  return TERRITOIRE_TYPES.levelOf(codeTypeTerritoire);
}

/** `codeTypeTerritoire` and `codeTerritoire` of a request body. */
export function marcheTerritory(territory: TerritoryKey): {
  codeTypeTerritoire: TerritoireType;
  codeTerritoire: string;
} {
  return { codeTypeTerritoire: territoireType(territory.level), codeTerritoire: territory.code };
}
