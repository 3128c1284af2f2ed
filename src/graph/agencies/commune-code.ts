import { territoryArgument } from '../territory/territory-argument';

/** A current INSEE commune code, checked by the one territory validator before any upstream call. */
export function assertCommuneCode(code: string, argument: string): string {
  return territoryArgument({ type: 'COMMUNE', code }, argument).code;
}
