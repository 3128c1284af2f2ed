import { UpstreamBadRequestError } from '../core/errors';
import type { HttpResponse } from '../core/http-transport';
import { upstreamMessage } from '../core/json-body';

/** What the search parameters are called in the graph, for messages that name one. */
const PARAMETER_NAMES: Record<string, string> = {
  range: 'paging window',
  motsCles: 'keywords',
  codeROME: 'ROME codes',
  departement: 'départements',
  commune: 'communes',
  region: 'région',
  typeContrat: 'contract types',
  natureContrat: 'contract natures',
  publieeDepuis: 'publication window',
  experienceExigence: 'experience requirement',
  tempsPlein: 'full time',
};

const TRANSLATIONS: Array<[RegExp, (match: RegExpExecArray) => string]> = [
  [/plage de résultats demandée est trop importante/i, () => 'the requested window is larger than 150 offers'],
  [/position de début doit être inférieure ou égale à (\d+)/i, (m) => `paging cannot start after position ${m[1]}`],
  [/position de fin doit être inférieure ou égale à (\d+)/i, (m) => `paging cannot go past position ${m[1]}`],
  [/id de l'offre recherchée est incorrect/i, () => 'the offer id is malformed'],
  [/Valeur du paramètre « ([^»]+) » incorrecte/i, (m) => `invalid value for ${parameter(m[1])}`],
  [/Format du paramètre « ([^»]+) » incorrect/i, (m) => `malformed ${parameter(m[1])}`],
];

function parameter(name: string): string {
  const trimmed = name.trim();
  return PARAMETER_NAMES[trimmed] ? `${PARAMETER_NAMES[trimmed]} (${trimmed})` : `"${trimmed}"`;
}

/**
 * A 400 of the Offres API, its French message translated for the graph's users. The original stays in
 * `upstreamMessage` for logs; it is never the error's message.
 */
export class OffresBadRequestError extends UpstreamBadRequestError {
  constructor(readonly upstreamMessage: string | undefined) {
    super('offres', translate(upstreamMessage));
  }
}

export function translate(message: string | undefined): string {
  if (message) {
    for (const [pattern, english] of TRANSLATIONS) {
      const match = pattern.exec(message);
      if (match) return english(match);
    }
  }
  return 'the request was refused as invalid';
}

export function offresBadRequest(response: HttpResponse): OffresBadRequestError {
  return new OffresBadRequestError(upstreamMessage(response));
}
