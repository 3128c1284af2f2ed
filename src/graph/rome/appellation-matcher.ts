import { genderedForms } from './gendered-forms';
import { normalizeLabel } from './label-normalizer';

export { normalizeLabel };

/** One ROME 4.0 appellation as the referential describes it (shape of the ROME Métiers API summary). */
export interface AppellationCandidate {
  code: string;
  libelle: string;
  libelleCourt?: string;
  /** PRINCIPALE | SYNONYME */
  classification?: string;
}

/** How the label was recognised, from the strictest to the loosest (tried in that order). */
export const APPELLATION_MATCH_METHODS = ['EXACT', 'NORMALIZED', 'GENDERED_FORM'] as const;
export type AppellationMatchMethod = (typeof APPELLATION_MATCH_METHODS)[number];
/** Why no appellation was found. */
export const APPELLATION_MISMATCH_REASONS = [
  'NO_LABEL',
  'UNKNOWN_ROME_CODE',
  'NO_MATCHING_LABEL',
  'AMBIGUOUS_LABEL',
] as const;
export type AppellationMismatchReason = (typeof APPELLATION_MISMATCH_REASONS)[number];

export type AppellationMatch =
  | { appellation: AppellationCandidate; method: AppellationMatchMethod }
  | { appellation: null; reason: AppellationMismatchReason; message: string };

type Resolution = { found: AppellationCandidate } | { tied: readonly AppellationCandidate[] };

/** The appellations of one ROME code, by label, for each match method. */
interface RomeCodeIndex {
  exact: Map<string, Resolution>;
  normalized: Map<string, Resolution>;
  gendered: Map<string, Resolution>;
}

const MAX_REMEMBERED_ANSWERS = 50_000;

/**
 * Finds the ROME appellation of a job offer. France Travail offers carry their ROME code and the label of
 * their appellation (`appellationlibelle`) but never the appellation code, so the label is looked up among
 * the appellations of that ROME code only: labels repeat across codes, and guessing across codes would
 * attach an offer to the wrong occupation.
 *
 * The label forms of a ROME code are indexed the first time an offer of that code is matched, then kept for the
 * life of the referential, so that a match is a few hash lookups. Indexing lazily keeps the first request that
 * matches a few codes from paying for all 1 500 of the full referential.
 */
export class AppellationMatcher {
  private readonly appellationsByRomeCode = new Map<string, readonly AppellationCandidate[]>();
  private readonly byRomeCode = new Map<string, RomeCodeIndex>();

  constructor(appellationsByRomeCode: ReadonlyMap<string, readonly AppellationCandidate[]>) {
    for (const [romeCode, appellations] of appellationsByRomeCode) {
      this.appellationsByRomeCode.set(canonicalRomeCode(romeCode), appellations);
    }
  }

  private indexOf(code: string): RomeCodeIndex | undefined {
    let index = this.byRomeCode.get(code);
    if (!index) {
      const appellations = this.appellationsByRomeCode.get(code);
      if (!appellations) return undefined;
      index = indexRomeCode(appellations);
      this.byRomeCode.set(code, index);
    }
    return index;
  }

  /**
   * Offers repeat a few hundred (code, label) pairs all day: each pair is matched once per referential load.
   * Bounded, since labels come from the outside.
   */
  private readonly answered = new Map<string, AppellationMatch>();

  match(romeCode: string | undefined, label: string | undefined): AppellationMatch {
    const key = `${romeCode ?? ''}\u0000${label ?? ''}`;
    let answer = this.answered.get(key);
    if (!answer) {
      answer = this.matchOnce(romeCode, label);
      if (this.answered.size >= MAX_REMEMBERED_ANSWERS) this.answered.clear();
      this.answered.set(key, answer);
    }
    return answer;
  }

  private matchOnce(romeCode: string | undefined, label: string | undefined): AppellationMatch {
    const normalized = label === undefined ? '' : normalizeLabel(label);
    if (label === undefined || normalized === '') {
      const given =
        label === undefined || label.trim() === ''
          ? 'No appellation label was given'
          : `The appellation label "${label}" holds nothing but gender markers or punctuation`;
      return mismatch('NO_LABEL', `${given} for ROME code ${describeCode(romeCode)}, so no appellation can be chosen.`);
    }
    const code = romeCode === undefined ? '' : canonicalRomeCode(romeCode);
    const index = this.indexOf(code);
    if (!index) {
      const which = code === '' ? 'No ROME code was given' : `ROME code "${romeCode}" is not in the ROME referential`;
      return mismatch('UNKNOWN_ROME_CODE', `${which}, so the label "${label}" cannot be matched to an appellation.`);
    }

    const lookups: Record<AppellationMatchMethod, Resolution | undefined> = {
      EXACT: index.exact.get(label),
      NORMALIZED: index.normalized.get(normalized),
      GENDERED_FORM: index.gendered.get(normalized),
    };
    for (const method of APPELLATION_MATCH_METHODS) {
      const resolution = lookups[method];
      if (!resolution) continue;
      if ('found' in resolution) return { appellation: resolution.found, method };
      const codes = resolution.tied.map((candidate) => candidate.code).join(', ');
      return mismatch(
        'AMBIGUOUS_LABEL',
        `The label "${label}" matches ${resolution.tied.length} appellations of ROME code ${code} (${codes}) and none of them stands out as the principal one.`,
      );
    }
    return mismatch('NO_MATCHING_LABEL', `No appellation of ROME code ${code} matches the label "${label}".`);
  }
}

function indexRomeCode(appellations: readonly AppellationCandidate[]): RomeCodeIndex {
  const exact = new LabelBuckets();
  const normalized = new LabelBuckets();
  const gendered = new LabelBuckets();
  for (const appellation of appellations) {
    const labels = appellation.libelleCourt ? [appellation.libelle, appellation.libelleCourt] : [appellation.libelle];
    for (const label of labels) {
      exact.add(label, appellation);
      normalized.add(normalizeLabel(label), appellation);
      for (const form of genderedForms(label)) gendered.add(normalizeLabel(form), appellation);
    }
  }
  return { exact: exact.resolve(), normalized: normalized.resolve(), gendered: gendered.resolve() };
}

/** Appellations sharing a label, each once, however many of its label forms lead there. */
class LabelBuckets {
  private readonly buckets = new Map<string, Map<string, AppellationCandidate>>();

  add(key: string, appellation: AppellationCandidate): void {
    if (key === '') return;
    let bucket = this.buckets.get(key);
    if (!bucket) {
      bucket = new Map();
      this.buckets.set(key, bucket);
    }
    if (!bucket.has(appellation.code)) bucket.set(appellation.code, appellation);
  }

  /** A tie between appellations goes to the principal one, the appellation that names the occupation itself. */
  resolve(): Map<string, Resolution> {
    const resolved = new Map<string, Resolution>();
    for (const [key, bucket] of this.buckets) {
      const candidates = [...bucket.values()];
      const principal = candidates.filter((candidate) => candidate.classification === 'PRINCIPALE');
      if (candidates.length === 1) resolved.set(key, { found: candidates[0] });
      else if (principal.length === 1) resolved.set(key, { found: principal[0] });
      else resolved.set(key, { tied: principal.length > 1 ? principal : candidates });
    }
    return resolved;
  }
}

function canonicalRomeCode(code: string): string {
  return code.trim().toUpperCase();
}

function describeCode(romeCode: string | undefined): string {
  return romeCode === undefined || romeCode.trim() === '' ? '(none given)' : `"${romeCode}"`;
}

function mismatch(reason: AppellationMismatchReason, message: string): AppellationMatch {
  return { appellation: null, reason, message };
}
