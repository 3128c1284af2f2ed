import type { HttpResponse } from '../core/http-transport';
import { upstreamMessage } from '../core/json-body';

/**
 * Marché du travail says "there is no figure for this job here" in three ways, none of them an outage:
 * a 204, a 500 whose message contains "n'a pas pu trouver la liste", a 400 containing "n'est pas disponible".
 */
export function isNoFigureAnswer(response: HttpResponse): boolean {
  if (response.status === 204) return true;
  if (response.status !== 500 && response.status !== 400) return false;
  const message = upstreamMessage(response) ?? response.body;
  const marker = response.status === 500 ? "n'a pas pu trouver la liste" : "n'est pas disponible";
  return normaliseApostrophes(message).includes(marker);
}

function normaliseApostrophes(text: string): string {
  return text.replace(/[\u2019\u02BC]/g, "'");
}
