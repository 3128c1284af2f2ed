/** One line of the benchmark table: a figure for travail-graph beside the baseline it is compared with, in the same run. */
export interface BenchRow {
  /** e.g. "Q1 upstream calls, cold". */
  figure: string;
  /** travail-graph's value, already formatted or a number. */
  travailGraph: number | string;
  /** Name of the baseline, e.g. "distinct-key minimum", "naive Apollo Server", "(b′) merged + graphql-jit". */
  baselineName: string;
  baseline: number | string | null;
  /** travail-graph ÷ baseline (or the ratio the target is about), null when not meaningful. */
  ratio: number | null;
  /** Target in words, e.g. "= minimum", "≤ 1.1 × floor", "≥ 0.8 × (b′)". */
  target: string;
  /** Whether the target is met; null when the figure has no target (information only). */
  met: boolean | null;
}

export interface BenchSection {
  title: string;
  rows: BenchRow[];
  /** Extra figures kept in results.json (raw measurements). */
  raw?: unknown;
}
