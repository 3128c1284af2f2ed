import { levelVocabulary, type TerritoryKey, type TerritoryLevel } from '../territory';
import type { DatastoreCell } from './dto';

/**
 * The IMT tables' `AREA_TYPE_CODE` for each level they publish: F France, R région, D département, B bassin
 * d'emploi. There is nothing below the département apart from the bassins.
 */
const AREA_TYPES = levelVocabulary({ NATION: 'F', REGION: 'R', DEPARTEMENT: 'D', BASSIN: 'B' });

/** The levels the IMT tables publish figures at. */
export const IMT_TERRITORY_LEVELS: readonly TerritoryLevel[] = AREA_TYPES.levels;

/** `AREA_TYPE_CODE` and `AREA_CODE` of an IMT row for a territory. */
export function imtArea(territory: TerritoryKey): { AREA_TYPE_CODE: string; AREA_CODE: string } {
  const type = AREA_TYPES.codeOf(territory.level);
  // The graph asks only for the levels above; anything else is a programming error, not a user's.
  if (!type) throw new Error(`The IMT tables publish no figure at the ${territory.level} level.`);
  return { AREA_TYPE_CODE: type, AREA_CODE: territory.code };
}

/** The graph's level of an IMT row's `AREA_TYPE_CODE`; null for a code the graph does not know. */
export function areaLevelOf(areaTypeCode: DatastoreCell): TerritoryLevel | null {
  return AREA_TYPES.levelOf(String(areaTypeCode)) ?? null;
}
