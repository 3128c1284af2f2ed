import type { SandboxRequest } from '../http/request';
import { jsonResponse, type SandboxResponse } from '../http/response';
import { normaliseText } from '../offres/text';
import { ChampsError, type FieldSchema, project, selectionFromQuery, validateSelection } from './champs';

type Item = Record<string, unknown>;

/** Most hits one text search returns; `totalResultats` still counts them all. */
export const MAX_HITS = 20;

class RequeteError extends Error {}

/**
 * `appellation/requete` and `metier/requete` (upstream-apis §4.1): words of `q` match the start of words of the
 * searched fields (`qf`, default the resource's labels), case and accents ignored. `op` OR (default) keeps an
 * item matching any word, AND one matching every word; items matching more words come first. `fq` filters with
 * `field:value` terms, AND/OR and parentheses; `champs` shapes each hit like the resource itself.
 */
export function handleRequete(
  request: SandboxRequest,
  items: () => Item[],
  schema: FieldSchema,
  labelFields: string[],
): SandboxResponse {
  try {
    const q = request.query.get('q')?.trim() ?? '';
    if (!q) throw new RequeteError('Le paramètre « q » est obligatoire.');
    const op = (request.query.get('op') ?? 'OR').trim().toUpperCase();
    if (op !== 'AND' && op !== 'OR')
      throw new RequeteError('Valeur du paramètre « op » incorrecte. AND ou OR attendu.');
    const qf = request.query.get('qf');
    const fields = (qf ? qf.split(',') : labelFields).map((field) => field.trim().toLowerCase()).filter(Boolean);
    for (const field of fields)
      if (!(field.split('.')[0] in schema)) throw new RequeteError(`Le champ « ${field} » n'existe pas.`);
    const filter = parseFilter(request.query.get('fq') ?? '');
    const selection = selectionFromQuery(request.query.getAll('champs'));
    if (selection) validateSelection(selection, schema);

    const words = normaliseText(q)
      .split(/[^a-z0-9]+/)
      .filter(Boolean);
    const scored = items().flatMap((item) => {
      if (filter && !filter(item)) return [];
      const labelWords = fields.flatMap((field) => wordsOf(valueAt(item, field)));
      const matched = words.filter((word) => labelWords.some((labelWord) => labelWord.startsWith(word))).length;
      const kept = op === 'AND' ? matched === words.length : matched > 0;
      return kept ? [{ item, matched }] : [];
    });
    scored.sort((a, b) => b.matched - a.matched || String(a.item.libelle).localeCompare(String(b.item.libelle), 'fr'));
    const hits = scored.slice(0, MAX_HITS).map(({ item }) => item);
    return jsonResponse(200, {
      totalResultats: scored.length,
      requete: q,
      resultats: selection ? project(hits, selection) : hits,
    });
  } catch (error) {
    if (error instanceof RequeteError || error instanceof ChampsError)
      return jsonResponse(400, { message: error.message });
    throw error;
  }
}

function wordsOf(value: unknown): string[] {
  return typeof value === 'string'
    ? normaliseText(value)
        .split(/[^a-z0-9]+/)
        .filter(Boolean)
    : [];
}

/** A field of an item by lowercase dotted path, e.g. `metier.code`. */
function valueAt(item: unknown, path: string): unknown {
  let value = item;
  for (const name of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    const key = Object.keys(value).find((k) => k.toLowerCase() === name);
    value = key === undefined ? undefined : (value as Item)[key];
  }
  return value;
}

type Predicate = (item: Item) => boolean;

/**
 * `fq`: `field:value` terms (a code matches exactly, any other field when one of its words starts with the value)
 * joined by AND / OR, AND binding tighter, with parentheses; e.g. `code:1 AND (code:2 OR libelle:app)`.
 */
function parseFilter(text: string): Predicate | null {
  if (!text.trim()) return null;
  const tokens = text.match(/\(|\)|[^\s()]+/g) ?? [];
  let position = 0;
  const fail = (): never => {
    throw new RequeteError('Format du paramètre « fq » incorrect.');
  };
  const term = (): Predicate => {
    const token = tokens[position++] ?? fail();
    if (token === '(') {
      const inner = or();
      if (tokens[position++] !== ')') fail();
      return inner;
    }
    const colon = token.indexOf(':');
    if (colon <= 0 || colon === token.length - 1) fail();
    const field = token.slice(0, colon).toLowerCase();
    const wanted = normaliseText(token.slice(colon + 1).replace(/^"|"$/g, ''));
    const exact = field === 'code' || field.endsWith('.code');
    return (item) => {
      const value = valueAt(item, field);
      if (exact) return value != null && normaliseText(String(value)) === wanted;
      return wordsOf(value).some((word) => word.startsWith(wanted));
    };
  };
  const and = (): Predicate => {
    const parts = [term()];
    while (tokens[position] === 'AND') {
      position++;
      parts.push(term());
    }
    return (item) => parts.every((part) => part(item));
  };
  const or = (): Predicate => {
    const parts = [and()];
    while (tokens[position] === 'OR') {
      position++;
      parts.push(and());
    }
    return (item) => parts.some((part) => part(item));
  };
  const predicate = or();
  if (position !== tokens.length) fail();
  return predicate;
}
