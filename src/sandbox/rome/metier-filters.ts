import type { SandboxRequest } from '../http/request';
import type { Item } from './collection';

const RIASEC = /^[RIASEC]$/;

export class MetierFilterError extends Error {}

/**
 * The list filters of `GET /metiers/metier` (upstream-apis §4.1): `riasec-majeur`, `riasec-mineur` (one letter of
 * R I A S E C), `code-naf` (a NAF division or a code inside one, e.g. `62` or `62.01Z`) and `code-competence` (a
 * compétence or savoir the métier mobilises). Null when the request names none; several filters combine with AND.
 */
export function metierFilter(request: SandboxRequest): ((metier: Item) => boolean) | null {
  const tests: ((metier: Item) => boolean)[] = [];
  for (const [parameter, field] of [
    ['riasec-majeur', 'riasecMajeur'],
    ['riasec-mineur', 'riasecMineur'],
  ] as const) {
    const letter = request.query.get(parameter)?.trim().toUpperCase();
    if (letter === undefined) continue;
    if (!RIASEC.test(letter))
      throw new MetierFilterError(`Valeur du paramètre « ${parameter} » incorrecte. R, I, A, S, E ou C attendu.`);
    tests.push((metier) => metier[field] === letter);
  }
  const naf = request.query.get('code-naf')?.trim();
  if (naf !== undefined) {
    if (!/^\d{2}(\.\d{2}[A-Z]?)?$/.test(naf))
      throw new MetierFilterError('Valeur du paramètre « code-naf » incorrecte.');
    const division = naf.slice(0, 2);
    tests.push((metier) => codesOf(metier.divisionsNaf).includes(division));
  }
  const competence = request.query.get('code-competence')?.trim();
  if (competence !== undefined) {
    if (!/^\d+$/.test(competence)) throw new MetierFilterError('Valeur du paramètre « code-competence » incorrecte.');
    tests.push((metier) => codesOf(metier.competencesMobilisees).includes(competence));
  }
  return tests.length === 0 ? null : (metier) => tests.every((test) => test(metier));
}

function codesOf(list: unknown): string[] {
  return Array.isArray(list) ? list.map((item) => String((item as Item).code)) : [];
}
