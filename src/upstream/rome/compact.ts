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

/** Strings longer than this are texts (definitions, access conditions): met once, not worth a lookup. */
const SHARED_STRING_MAX_LENGTH = 120;

/**
 * Whole ROME lists repeat the same parts thousands of times: the same competence reference under every appellation
 * and fiche that cites it, the same theme, sector, work context or stake in every métier. JSON parsing makes one
 * copy per mention. This keeps one instance of each equal part (objects and arrays compared field by field, once
 * their own parts are shared) and of each short string, so a list kept in memory for a quarter costs its distinct
 * content only. The list is rebuilt in place and must be treated as read-only afterwards, as every cached value is.
 */
export function shareEqualParts<T>(list: T[]): T[] {
  const share = equalPartSharing();
  for (let index = 0; index < list.length; index++) list[index] = share(list[index]);
  return list;
}

/** `shareEqualParts` one item at a time, for a list read item by item: parts are shared across the items given. */
export function equalPartSharing(): <T>(item: T) => T {
  const sharing = new PartSharing();
  return (item) => sharing.share(item) as typeof item;
}

class PartSharing {
  private readonly strings = new Map<string, string>();
  private readonly parts = new Map<string, object>();
  /** Identity of each shared part, so that a parent's key names its parts by number instead of by content. */
  private readonly ids = new Map<object, number>();

  share(value: unknown): unknown {
    if (typeof value === 'string') return this.string(value);
    if (typeof value !== 'object' || value === null) return value;
    return Array.isArray(value) ? this.array(value) : this.object(value as Record<string, unknown>);
  }

  private string(value: string): string {
    if (value.length > SHARED_STRING_MAX_LENGTH) return value;
    const found = this.strings.get(value);
    if (found !== undefined) return found;
    this.strings.set(value, value);
    return value;
  }

  private array(items: unknown[]): unknown[] {
    let key: string | undefined = '[';
    for (let index = 0; index < items.length; index++) {
      const item = this.share(items[index]);
      items[index] = item;
      if (key !== undefined) key = this.extendKey(key, '', item);
    }
    return key === undefined ? items : this.one(key, items);
  }

  private object(record: Record<string, unknown>): object {
    let key: string | undefined = '{';
    for (const field of Object.keys(record)) {
      const value = this.share(record[field]);
      record[field] = value;
      if (key !== undefined) key = this.extendKey(key, field, value);
    }
    return key === undefined ? record : this.one(key, record);
  }

  /** The key of a part so far, with one more field; undefined when the part holds a text or an unshared part. */
  private extendKey(key: string, field: string, value: unknown): string | undefined {
    const separator = '\u0000';
    if (typeof value === 'string') {
      return value.length > SHARED_STRING_MAX_LENGTH ? undefined : `${key}${separator}${field}=s${value}`;
    }
    if (typeof value === 'object' && value !== null) {
      const id = this.ids.get(value);
      return id === undefined ? undefined : `${key}${separator}${field}=o${id}`;
    }
    return `${key}${separator}${field}=${typeof value}${String(value)}`;
  }

  private one<Part extends object>(key: string, part: Part): Part {
    const found = this.parts.get(key) as Part | undefined;
    if (found) return found;
    this.parts.set(key, part);
    this.ids.set(part, this.ids.size);
    return part;
  }
}
