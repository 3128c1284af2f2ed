import { badUserInput } from '../shared/errors';
import { TerritoryType } from '../shared/territory-input';
import { territoryDirectory } from '../territory/territory-directory';

/** A current INSEE commune code, checked by the territory directory before any upstream call. */
export function assertCommuneCode(code: string, argument: string): string {
  const normalized = code.trim().toUpperCase();
  if (!territoryDirectory.isWellFormed(TerritoryType.COMMUNE, normalized))
    throw badUserInput(`"${code}" is not an INSEE commune code: expected 5 characters, e.g. "35238".`, argument);
  return normalized;
}
