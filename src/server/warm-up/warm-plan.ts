import { territoryDirectory, type TerritoryRecord } from '../../graph/territory/territory-directory';

/** Whole lists the graph reads once per lifetime, by the API family that serves them. */
export const REFERENTIAL_FAMILIES = ['rome', 'offres', 'marche', 'agences'] as const;
export type ReferentialFamily = (typeof REFERENTIAL_FAMILIES)[number];

/**
 * Figures per territory: `tension` (PERSP_2, every year) and the quarterly indicators per occupation, `salaries` and
 * `DYN_1` per territory, each asked exactly as a query without `periods` or `characteristics` asks it.
 */
export const WARM_INDICATORS = ['tension', 'salaries', 'DE_1', 'DE_5', 'OFF_1', 'EMB_1', 'DYN_1'] as const;
export type WarmIndicator = (typeof WARM_INDICATORS)[number];

/** What a warm-up loads into the shared cache. */
export interface WarmPlan {
  referentials: ReferentialFamily[];
  territories: TerritoryRecord[];
  /** ROME codes, or every occupation Marché du travail publishes figures for. */
  occupations: string[] | 'all';
  indicators: WarmIndicator[];
  /** Part of each API's quota the warm-up may use, the rest being kept for live traffic (0 < share ≤ 1). */
  quotaShare: number;
  /** Print the plan, the calls it needs and its duration at the quota; call nothing. */
  dryRun: boolean;
}

export const DEFAULT_QUOTA_SHARE = 0.8;

/** An argument the plan cannot be built from; its message says what was expected. */
export class WarmPlanError extends Error {}

export const WARM_USAGE = `Usage: npm run warm -- [options]
  --referentials rome,offres,marche,agences|all   whole lists to load
  --departement 75,69   --region 11   --national    territories whose figures to load
  --rome M1805,F1603 | --all                         occupations (--all: every one Marché publishes)
  --indicators tension,salaries,DE_1,DE_5,OFF_1,EMB_1,DYN_1|all   figures to load (default: tension)
  --share 0.8        part of each API's quota the warm-up may use (the rest stays for live traffic)
  --dry-run          print the plan, the upstream calls per API and the time they take at the quota
A plan string (WARM_ON_START) takes the same options.`;

const ROME_CODE = /^[A-N]\d{4}$/;

/** Reads a plan from command-line arguments (`--departement 75,69` or `--departement=75,69`). */
export function parseWarmPlan(argv: readonly string[], defaults: { quotaShare?: number } = {}): WarmPlan {
  const plan: WarmPlan = {
    referentials: [],
    territories: [],
    occupations: [],
    indicators: [],
    quotaShare: defaults.quotaShare ?? DEFAULT_QUOTA_SHARE,
    dryRun: false,
  };
  let allOccupations = false;
  const args = argv.flatMap((arg) => (arg.startsWith('--') && arg.includes('=') ? splitOnce(arg) : [arg]));
  for (let index = 0; index < args.length; index += 1) {
    const option = args[index];
    const value = (): string[] => {
      const next = args[index + 1];
      if (next === undefined || next.startsWith('--')) throw new WarmPlanError(`${option} needs a value.`);
      index += 1;
      return next
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean);
    };
    switch (option) {
      case '--referentials':
        plan.referentials.push(...listOf(value(), REFERENTIAL_FAMILIES, 'referential'));
        break;
      case '--indicators':
        plan.indicators.push(...listOf(value(), WARM_INDICATORS, 'indicator'));
        break;
      case '--departement':
      case '--departements':
        plan.territories.push(...value().map((code) => territory('DEPARTEMENT', code)));
        break;
      case '--region':
      case '--regions':
        plan.territories.push(...value().map((code) => territory('REGION', code)));
        break;
      case '--national':
        plan.territories.push(territoryDirectory.nation());
        break;
      case '--rome':
        for (const code of value()) {
          if (code === 'all') allOccupations = true;
          else if (ROME_CODE.test(code.toUpperCase())) (plan.occupations as string[]).push(code.toUpperCase());
          else throw new WarmPlanError(`"${code}" is not a ROME code (a letter A–N and four digits, e.g. M1805).`);
        }
        break;
      case '--all':
        allOccupations = true;
        break;
      case '--share': {
        const [raw] = value();
        const share = Number(raw);
        if (!(share > 0 && share <= 1)) throw new WarmPlanError(`--share must be a number above 0 and at most 1.`);
        plan.quotaShare = share;
        break;
      }
      case '--dry-run':
        plan.dryRun = true;
        break;
      default:
        throw new WarmPlanError(`Unknown option "${option}".`);
    }
  }
  if (allOccupations) plan.occupations = 'all';
  else plan.occupations = [...new Set(plan.occupations)];
  plan.referentials = [...new Set(plan.referentials)];
  plan.territories = [...new Set(plan.territories)];
  plan.indicators = [...new Set(plan.indicators)];
  const wantsFigures = plan.territories.length > 0 || plan.occupations === 'all' || plan.occupations.length > 0;
  if (wantsFigures && plan.indicators.length === 0) plan.indicators = ['tension'];
  if (plan.indicators.length > 0 && plan.territories.length === 0)
    throw new WarmPlanError('Figures need territories: give --departement, --region or --national.');
  const perOccupation = plan.indicators.some((indicator) => indicator !== 'salaries' && indicator !== 'DYN_1');
  if (perOccupation && plan.occupations !== 'all' && plan.occupations.length === 0)
    throw new WarmPlanError('Figures per occupation need occupations: give --rome M1805,… or --all.');
  if (plan.referentials.length === 0 && plan.indicators.length === 0)
    throw new WarmPlanError('Nothing to warm: give --referentials, or territories and occupations.');
  return plan;
}

/** The plan string of WARM_ON_START split as a shell would split simple words. */
export function parseWarmPlanString(text: string, defaults: { quotaShare?: number } = {}): WarmPlan {
  return parseWarmPlan(text.trim().split(/\s+/).filter(Boolean), defaults);
}

function splitOnce(arg: string): string[] {
  const at = arg.indexOf('=');
  return [arg.slice(0, at), arg.slice(at + 1)];
}

function listOf<T extends string>(values: string[], known: readonly T[], what: string): T[] {
  if (values.includes('all')) return [...known];
  return values.map((raw) => {
    const found = known.find((candidate) => candidate.toLowerCase() === raw.toLowerCase());
    if (!found) throw new WarmPlanError(`Unknown ${what} "${raw}"; expected one of: ${known.join(', ')}, all.`);
    return found;
  });
}

function territory(level: 'DEPARTEMENT' | 'REGION', code: string): TerritoryRecord {
  const record = territoryDirectory.isWellFormed(level, code) ? territoryDirectory.get(level, code) : null;
  const name = level === 'DEPARTEMENT' ? 'département' : 'région';
  if (!record)
    throw new WarmPlanError(
      `"${code}" is not a ${name} INSEE code (e.g. ${level === 'DEPARTEMENT' ? '"75", "2A", "971"' : '"11", "53"'}).`,
    );
  return record;
}
