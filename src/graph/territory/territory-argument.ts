import type { TerritoryKey, TerritoryLevel } from '../../upstream';
import { badUserInput, notFound } from '../shared/errors';
import { canonicalTerritoryCode, expectedCode, hasCodeSyntax, levelName } from './territory-code-syntax';
import { territoryDirectory, type TerritoryRecord } from './territory-directory';

/** A territory as an argument names it: the `TerritoryInput`, or a filter field whose level its name says. */
export interface TerritoryArgument {
  type: TerritoryLevel;
  code: string;
}

/**
 * The one check of every territory argument, run before any upstream call: a malformed code is BAD_USER_INPUT
 * (with what a code of that level looks like), a well-formed code that names no territory is NOT_FOUND.
 * `argument` is the argument's path as the client wrote it, e.g. "filter.departement".
 */
export function territoryArgument(input: TerritoryArgument, argument: string): TerritoryRecord {
  const code = canonicalTerritoryCode(input.code);
  if (!hasCodeSyntax(input.type, code)) {
    throw badUserInput(
      `"${input.code}" is not a valid ${levelName(input.type)} INSEE code: expected ${expectedCode(input.type)}.`,
      argument,
    );
  }
  const territory = territoryDirectory.get(input.type, code);
  if (!territory) {
    if (input.type === 'COMMUNE') {
      const current = territoryDirectory.currentCommune(code);
      if (current) {
        throw notFound(
          `No commune with INSEE code "${code}" any more: it is now part of "${current.code}" (${current.name}).`,
        );
      }
      refusePostalCode(code, argument);
    }
    throw notFound(`No ${levelName(input.type)} with INSEE code "${code}".`);
  }
  return territory;
}

/** "35000" looks like an INSEE code but is Rennes's postal code: say so rather than "not found". */
function refusePostalCode(code: string, argument: string): void {
  const communes = territoryDirectory.communesWithPostalCode(code);
  if (communes.length === 0) return;
  const named = communes
    .slice(0, 3)
    .map((commune) => `"${commune.code}" (${commune.name})`)
    .join(', ');
  throw badUserInput(
    `"${code}" is a postal code, not an INSEE commune code: ${communes.length > 1 ? 'its communes are' : 'use'} ${named}${communes.length > 3 ? ', …' : ''}.`,
    argument,
  );
}

/** How a territory is handed to the upstream clients, which each translate it into their API's vocabulary. */
export function territoryKey(territory: TerritoryRecord): TerritoryKey {
  return { level: territory.type, code: territory.code };
}
