/**
 * The ROME 4.0 `champs` field selector: comma-separated field names, nested with parentheses, e.g.
 * `code,libelle,appellations(code,libellecourt),domaineprofessionnel(code,granddomaine(libelle))`.
 * Names are matched case-insensitively against the camelCase response fields. The Compétences API adds polymorphic
 * branches, `@competencedetaillee(…)`, `@macrocompetence(…)`, `@macrosavoirfaire(…)`,
 * `@macrosavoiretreprofessionnel(…)`, `@savoir(…)`: fields returned only for items of that kind.
 */

/** Branch names that apply to an item of each competence `type`. */
const TYPE_BRANCHES: Record<string, string[]> = {
  'COMPETENCE-DETAILLEE': ['@competencedetaillee'],
  'MACRO-SAVOIR-FAIRE': ['@macrocompetence', '@macrosavoirfaire'],
  'MACRO-SAVOIR-ETRE-PROFESSIONNEL': ['@macrocompetence', '@macrosavoiretreprofessionnel'],
  SAVOIR: ['@savoir'],
};
const KNOWN_BRANCHES = new Set(Object.values(TYPE_BRANCHES).flat());

/** Known fields of a resource: a nested object for object/array fields, `true` for scalars. */
export interface FieldSchema {
  [lowercaseName: string]: FieldSchema | true;
}

export interface FieldSelection {
  [lowercaseName: string]: FieldSelection | true;
}

export class ChampsError extends Error {}

export function parseChamps(text: string): FieldSelection {
  let position = 0;

  const parseList = (depth: number): FieldSelection => {
    const selection: FieldSelection = {};
    for (;;) {
      const start = position;
      while (position < text.length && !',()'.includes(text[position])) position++;
      const name = text.slice(start, position).trim().toLowerCase();
      if (!name || (name.startsWith('@') && text[position] !== '('))
        throw new ChampsError(`Sélecteur de champs incorrect à la position ${start}.`);
      if (text[position] === '(') {
        position++;
        const children = parseList(depth + 1);
        if (text[position] !== ')') throw new ChampsError('Parenthèse fermante manquante dans le sélecteur de champs.');
        position++;
        selection[name] = mergeField(selection[name], children);
      } else {
        selection[name] = true;
      }
      if (text[position] === ',') {
        position++;
        continue;
      }
      if (text[position] === ')' && depth > 0) return selection;
      if (position >= text.length && depth === 0) return selection;
      throw new ChampsError(`Sélecteur de champs incorrect à la position ${position}.`);
    }
  };

  return parseList(0);
}

/** A field named both bare and with sub-fields is returned whole; sub-field lists named twice are united. */
function mergeField(existing: FieldSelection | true | undefined, added: FieldSelection): FieldSelection | true {
  if (existing === undefined) return added;
  if (existing === true) return true;
  const merged: FieldSelection = { ...existing };
  for (const [name, child] of Object.entries(added))
    merged[name] = child === true ? true : mergeField(merged[name], child);
  return merged;
}

/** Throws a ChampsError naming the first selected field the resource does not have. */
export function validateSelection(selection: FieldSelection, schema: FieldSchema, path = ''): void {
  for (const [name, child] of Object.entries(selection)) {
    const fullName = path ? `${path}.${name}` : name;
    if (name.startsWith('@')) {
      if (!KNOWN_BRANCHES.has(name) || !('type' in schema) || child === true)
        throw new ChampsError(`Le type « ${fullName} » n'existe pas.`);
      validateSelection(child, schema, path);
      continue;
    }
    const known = schema[name];
    if (!known) throw new ChampsError(`Le champ « ${fullName} » n'existe pas.`);
    if (child !== true) {
      if (known === true) throw new ChampsError(`Le champ « ${fullName} » n'a pas de sous-champs.`);
      validateSelection(child, known, fullName);
    }
  }
}

/** Keeps the selected fields of a value (object, array of objects, or scalar), in the value's own key order. */
export function project(value: unknown, selection: FieldSelection): unknown {
  if (Array.isArray(value)) return value.map((item) => project(item, selection));
  if (value === null || typeof value !== 'object') return value;
  const item = value as Record<string, unknown>;
  const effective = typeof item.type === 'string' ? withBranches(selection, item.type) : selection;
  const result: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(item)) {
    const selected = effective[key.toLowerCase()];
    if (!selected || child === undefined) continue;
    result[key] = selected === true ? child : project(child, selected);
  }
  return result;
}

/** The selection for an item of one competence kind: its own fields plus those of the branches of its kind. */
function withBranches(selection: FieldSelection, type: string): FieldSelection {
  const byType = branchCache.get(selection) ?? new Map<string, FieldSelection>();
  branchCache.set(selection, byType);
  let merged = byType.get(type);
  if (!merged) {
    merged = mergeBranches(selection, type);
    byType.set(type, merged);
  }
  return merged;
}

const branchCache = new WeakMap<FieldSelection, Map<string, FieldSelection>>();

function mergeBranches(selection: FieldSelection, type: string): FieldSelection {
  const branches = (TYPE_BRANCHES[type] ?? []).flatMap((name) => {
    const branch = selection[name];
    return branch && branch !== true ? [branch] : [];
  });
  if (branches.length === 0) return selection;
  let merged: FieldSelection = selection;
  for (const branch of branches) merged = mergeField(merged, branch) as FieldSelection;
  return merged;
}

/** Reads one or several `champs` query values (some clients repeat the parameter) as one selection, or null. */
export function selectionFromQuery(values: string[]): FieldSelection | null {
  const text = values.filter((v) => v.trim() !== '').join(',');
  return text ? parseChamps(text) : null;
}
