import type { TerritoryKey, TerritoryLevel } from '../../upstream';
import { territoryKey } from './territory-argument';
import { territoryDirectory, type TerritoryRecord } from './territory-directory';

/**
 * The territory an upstream's figures are asked for, and reported as: the territory itself when the upstream
 * publishes at its level (`levels`, as its client lists them), else the nearest territory containing it that the
 * upstream does publish at (a commune's département, for instance).
 */
export function publishedFor(
  territory: TerritoryRecord,
  levels: readonly TerritoryLevel[],
): { record: TerritoryRecord; key: TerritoryKey } {
  const record = territoryDirectory.atOneOf(territory, levels);
  if (!record) throw new Error(`No figures cover ${territory.id} at the levels ${levels.join(', ')}.`);
  return { record, key: territoryKey(record) };
}
