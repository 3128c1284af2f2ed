import { Prng } from '../offres/prng';
import { CHARACTERISTICS, type IndicatorId, NOMENCLATURES } from './catalogue';

/** Where figures are asked for: territory type and code, and the activity (a ROME code, CUMUL or MOYENNE). */
export interface Scope {
  typeTerritoire: string;
  codeTerritoire: string;
  activity: string;
}

/** The values of one period: nomenclature code → figure, plus the breakdown when asked. */
export interface GeneratedValue {
  codeNomenclature?: string;
  valeurPrincipaleNombre?: number;
  valeurPrincipaleTaux?: number;
  valeurSecondairePourcentage?: number;
  listeValeurParCaract?: {
    codeTypeCaract: string;
    codeCaract: string;
    libCaract: string;
    nombre: number;
    pourcentage: number;
  }[];
}

/** Rough share of the national figures a territory of each level holds. */
const TERRITORY_SHARE: Record<string, number> = { NAT: 1, REG: 1 / 13, DEP: 1 / 100, BASBMO: 1 / 400 };
/** National job seekers in categories A–E, and the number of ROME fiches they spread over. */
const NATIONAL_JOB_SEEKERS = 6_200_000;
const FICHES = 600;
const CATEGORY_SHARES: [string, number][] = [
  ['A', 0.55],
  ['B', 0.12],
  ['C', 0.2],
  ['D', 0.06],
  ['E', 0.07],
];

/**
 * Deterministic figures for the quarterly indicators, seeded by indicator, territory, activity and period, so every
 * run and machine sees the same numbers; totals add up (A+B+C = ABC, FT+PART = TOUTE) and breakdowns sum to
 * their figure.
 */
export function generatedValues(indicator: IndicatorId, scope: Scope, period: string): GeneratedValue[] {
  const prng = Prng.fromKey(`${indicator}|${scope.typeTerritoire}|${scope.codeTerritoire}|${scope.activity}|${period}`);
  const volume = baseVolume(scope) * (0.95 + 0.1 * prng.next());
  switch (indicator) {
    case 'DE_1':
    case 'DE_5':
      return byCategory(volume * (indicator === 'DE_5' ? 0.12 : 1), prng);
    case 'OFF_1': {
      const total = volume * 0.15;
      const ft = Math.round(total * (0.35 + 0.1 * prng.next()));
      const part = Math.round(total) - ft;
      return withShares([
        ['FT', ft],
        ['PART', part],
        ['TOUTE', ft + part],
      ]);
    }
    case 'EMB_1': {
      const all = Math.round(volume * 0.08);
      return withShares([
        ['ABCDE-TOUTE', all],
        ['ABCDE-SUP1M', Math.round(all * (0.55 + 0.1 * prng.next()))],
        ['ABCDE-SUP6M', Math.round(all * (0.3 + 0.1 * prng.next()))],
      ]);
    }
    case 'DYN_1':
      return [{ valeurPrincipaleTaux: Math.round((prng.next() * 10 - 4) * 10) / 10 }];
    default:
      return [];
  }
}

/** Monthly salaries of one fiche in a territory: entry, experienced, average. */
export function generatedSalaries(
  scope: Scope,
): { codeNomenclature: string; libNomenclature: string; valeurPrincipaleMontant: number }[] {
  const base = 1800 + Prng.fromKey(`SAL|${scope.activity}`).int(0, 2500);
  const local = scope.typeTerritoire === 'NAT' ? 1 : 0.9 + 0.25 * Prng.fromKey(`SAL|${scope.codeTerritoire}`).next();
  const amounts = { SAL1: base * 0.85 * local, SAL2: base * 1.3 * local, SAL3: base * local };
  return (NOMENCLATURES.SALAIRE ?? []).map(([code, libelle]) => ({
    codeNomenclature: code,
    libNomenclature: libelle,
    valeurPrincipaleMontant: Math.round(amounts[code as keyof typeof amounts] / 10) * 10,
  }));
}

/** The characteristic breakdown of a figure, by gender and age band; each breakdown sums to the figure. */
export function breakdown(count: number, seed: string): NonNullable<GeneratedValue['listeValeurParCaract']> {
  const prng = Prng.fromKey(seed);
  return CHARACTERISTICS.flatMap(({ type, values }) => {
    const weights = values.map(([, , weight]) => weight * (0.85 + 0.3 * prng.next()));
    const sum = weights.reduce((a, b) => a + b, 0);
    let left = count;
    return values.map(([code, libelle], index) => {
      const nombre = index === values.length - 1 ? left : Math.round((count * weights[index]) / sum);
      left -= nombre;
      return {
        codeTypeCaract: type,
        codeCaract: code,
        libCaract: libelle,
        nombre,
        pourcentage: count > 0 ? Math.round((nombre / count) * 1000) / 10 : 0,
      };
    });
  });
}

function baseVolume(scope: Scope): number {
  const share = TERRITORY_SHARE[scope.typeTerritoire] ?? 0.001;
  const perActivity =
    scope.activity === 'CUMUL' ? 1 : (0.1 + 2.9 * Prng.fromKey(`ROME|${scope.activity}`).next()) / FICHES;
  return NATIONAL_JOB_SEEKERS * share * perActivity;
}

function byCategory(volume: number, prng: Prng): GeneratedValue[] {
  const counts = new Map(
    CATEGORY_SHARES.map(([code, share]) => [code, Math.round(volume * share * (0.9 + 0.2 * prng.next()))]),
  );
  const abc = (counts.get('A') ?? 0) + (counts.get('B') ?? 0) + (counts.get('C') ?? 0);
  const abcde = abc + (counts.get('D') ?? 0) + (counts.get('E') ?? 0);
  return withShares([...counts, ['ABC', abc], ['ABCDE', abcde]]);
}

/** Each figure with its share of the last, all-inclusive one. */
function withShares(counts: [string, number][]): GeneratedValue[] {
  const total = counts[counts.length - 1]?.[1] ?? 0;
  return counts.map(([codeNomenclature, count]) => ({
    codeNomenclature,
    valeurPrincipaleNombre: count,
    valeurSecondairePourcentage: total > 0 ? Math.round((count / total) * 1000) / 10 : 0,
  }));
}
