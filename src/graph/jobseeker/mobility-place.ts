import { territoryDirectory, type TerritoryRecord } from '../territory/territory-directory';
import { TerritoryType } from '../territory/territory-type';

/**
 * France Travail's place types in Métiers recherchés: 5 is a commune and 4 a département (documented); other
 * codes name a région when the code is one (the sandbox uses 2), or the nation for "FR".
 */
const KIND_OF_PLACE_TYPE: Record<string, TerritoryType> = {
  '5': TerritoryType.COMMUNE,
  '4': TerritoryType.DEPARTEMENT,
};

/** The territory a mobility place stands for, or null when the geography does not know it. */
export function territoryOfPlace(placeType: string, code: string): TerritoryRecord | null {
  const kind = KIND_OF_PLACE_TYPE[placeType];
  if (kind) return territoryDirectory.get(kind, code);
  return territoryDirectory.get(TerritoryType.REGION, code) ?? territoryDirectory.get(TerritoryType.NATION, code);
}
