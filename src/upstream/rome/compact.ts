import type { CompetenceDto } from './dto';

/**
 * The compétences list repeats small objects in every item: the same category of savoirs in thousands of savoirs,
 * the same macro-compétence reference in every compétence détaillée, the same objectif in every macro-compétence.
 * JSON parsing makes one copy per mention; keeping one instance of each (and one string per `type`) takes
 * several MB off a list that stays in memory for a quarter. Runs once per load.
 */
export function shareRepeatedParts(list: CompetenceDto[]): CompetenceDto[] {
  const shared = new Map<string, object>();
  const one = <T extends object>(key: string, value: T): T => {
    const found = shared.get(key) as T | undefined;
    if (found) return found;
    shared.set(key, value);
    return value;
  };
  const types = new Map<string, CompetenceDto['type']>();
  for (const item of list) {
    const type = types.get(item.type) ?? item.type;
    types.set(type, type);
    item.type = type as never;
    if (item.type === 'COMPETENCE-DETAILLEE') {
      if (item.macroCompetence) item.macroCompetence = one(`m|${item.macroCompetence.code}`, item.macroCompetence);
    } else if (item.type === 'SAVOIR') {
      const sub = item.categorieSavoir;
      if (sub) item.categorieSavoir = one(`s|${sub.code ?? ''}|${sub.libelle}|${sub.categorie?.code ?? ''}`, sub);
    } else if (item.objectif) {
      item.objectif = one(`o|${item.objectif.code}`, item.objectif);
    }
  }
  return list;
}
