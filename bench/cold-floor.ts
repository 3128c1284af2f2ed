import { startSandbox, type Sandbox, type SandboxCounters } from '../src/sandbox';
import { distinctKeyMinimum, type UpstreamApi } from './distinct-key-minimum';
import {
  REALISTIC_QUOTAS,
  restQuotas,
  sandboxQuotas,
  startNaiveProcess,
  startTravailGraphHere,
  startTravailGraphProcess,
  UNLIMITED_QUOTAS,
  type GraphTarget,
} from './graph-targets';
import { quotaFloor, type QuotaFloor } from './quota-floor';
import type { BenchRow, BenchSection } from './report-types';
import { ChildProcessGroup, stopChildrenOnExit } from './support/child-processes';
import { countErrorCode, errorsOf, runWorkload, type WorkloadRun } from './workload-run';
import { q1, q2, type Workload } from './workloads';

export interface ColdFloorOptions {
  quick: boolean;
  /** The benchmark's process group, when it has one; otherwise this step keeps its own. */
  group?: ChildProcessGroup;
  /** Progress lines (default: stderr). */
  log?: (line: string) => void;
}

/** Every France Travail response takes this long, as a far-away gateway would. */
export const LATENCY_MS = 80;
/** The naive baseline is given this long before it is reported as "> 60 s" (quick mode: 20 s). */
export const NAIVE_CAP_MS = 60_000;
const QUICK_NAIVE_CAP_MS = 20_000;
const FLOOR_TARGET = 1.1;

const FLOOR_QUOTAS: Record<UpstreamApi, number> = {
  offres: REALISTIC_QUOTAS.offres,
  'rome-metiers': REALISTIC_QUOTAS.rome,
  'rome-fiches-metiers': REALISTIC_QUOTAS.rome,
  marche: REALISTIC_QUOTAS.marche,
};

interface ColdRun {
  elapsedMs: number;
  timedOut: boolean;
  rateLimitedErrors: number;
  otherErrors: string[];
  sandbox429s: Record<string, number>;
  tokens: number;
  calls: number;
  callsByRoute: Record<string, number>;
}

/**
 * One cold request (Q1, Q2) on a fresh travail-graph process against realistic quotas (ROME 1/s per API, Offres and
 * Marché 10/s) and 80 ms per upstream answer, compared with the quota floor of its distinct-key minimum (see
 * quota-floor.ts): the target is ≤ 1.1 × floor with no rate-limit error reaching the client. 429s the sandbox sent
 * are reported too; they are allowed when waited out. The naive baseline runs once under the same conditions.
 */
export async function measureColdFloor(options: ColdFloorOptions): Promise<BenchSection> {
  const log = options.log ?? ((line: string) => console.error(line));
  const repetitions = options.quick ? 1 : 3;
  const naiveCapMs = options.quick ? QUICK_NAIVE_CAP_MS : NAIVE_CAP_MS;
  const group = options.group ?? new ChildProcessGroup();
  const releaseSignals = options.group ? () => undefined : stopChildrenOnExit(group);
  const sandbox = await startSandbox({ quotas: sandboxQuotas(REALISTIC_QUOTAS), latencyMs: LATENCY_MS });
  try {
    await warmSandbox(sandbox, [q1(), q2()]);
    const rows: BenchRow[] = [];
    const raw: Record<string, unknown> = { latencyMs: LATENCY_MS, quotas: FLOOR_QUOTAS, repetitions, naiveCapMs };
    for (const workload of [q1(), q2()]) {
      const travailGraph: ColdRun[] = [];
      let floor: QuotaFloor | undefined;
      for (let i = 0; i < repetitions; i++) {
        log(`cold floor: ${workload.name}, travail-graph run ${i + 1}/${repetitions}`);
        const { run, cold } = await coldRun(
          sandbox,
          workload,
          () => startTravailGraphProcess(group, sandbox, REALISTIC_QUOTAS),
          NAIVE_CAP_MS,
        );
        if (cold.otherErrors.length)
          log(`  travail-graph answered ${workload.name} with errors, e.g. ${cold.otherErrors[0]}`);
        travailGraph.push(cold);
        floor ??= quotaFloor(
          distinctKeyMinimum(run.answers.map((answer) => ({ request: answer.request, data: answer.data }))),
          FLOOR_QUOTAS,
          LATENCY_MS,
          true,
        );
      }
      log(`cold floor: ${workload.name}, naive baseline (up to ${naiveCapMs / 1000} s)`);
      const naive = (await coldRun(sandbox, workload, () => startNaiveProcess(group, sandbox), naiveCapMs)).cold;

      rows.push(...rowsFor(workload, travailGraph, floor!, naive, naiveCapMs));
      raw[workload.name] = { floor, travailGraph, naive };
    }
    return {
      title: `Cold time against the quota floor (ROME 1/s per API, Offres 10/s, Marché 10/s; ${LATENCY_MS} ms per upstream answer)`,
      rows,
      raw,
    };
  } finally {
    if (!options.group) await group.stopAll();
    releaseSignals();
    await sandbox.close();
  }
}

/**
 * France Travail is always warm: let the sandbox generate the offers of every département the workloads touch and
 * build its referential answers before anything is timed, so that only travail-graph's own cold start is measured.
 */
async function warmSandbox(sandbox: Sandbox, workloads: Workload[]): Promise<void> {
  sandbox.setLatency(0);
  restQuotas(sandbox, UNLIMITED_QUOTAS);
  const target = await startTravailGraphHere(sandbox, UNLIMITED_QUOTAS);
  try {
    for (const workload of workloads) await runWorkload(target.url, workload);
  } finally {
    await target.stop();
    sandbox.setLatency(LATENCY_MS);
    restQuotas(sandbox, REALISTIC_QUOTAS);
  }
}

async function coldRun(
  sandbox: Sandbox,
  workload: Workload,
  start: () => Promise<GraphTarget>,
  capMs: number,
): Promise<{ run: WorkloadRun; cold: ColdRun }> {
  const target = await start();
  try {
    restQuotas(sandbox, REALISTIC_QUOTAS);
    sandbox.resetCounters();
    const run = await runWorkload(target.url, workload, capMs);
    const counters = sandbox.counters();
    return { run, cold: summarise(run, counters) };
  } finally {
    await target.stop();
  }
}

function summarise(run: WorkloadRun, counters: SandboxCounters): ColdRun {
  return {
    elapsedMs: Math.round(run.elapsedMs),
    timedOut: run.timedOut,
    rateLimitedErrors: countErrorCode(run, 'UPSTREAM_RATE_LIMITED'),
    otherErrors: errorsOf(run)
      .filter((error) => error.extensions?.code !== 'UPSTREAM_RATE_LIMITED')
      .map((error) => error.message),
    sandbox429s: Object.fromEntries(Object.entries(counters.rateLimited).filter(([, count]) => count > 0)),
    tokens: counters.tokens,
    calls: counters.total,
    callsByRoute: counters.byRoute,
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : Math.round((sorted[middle - 1] + sorted[middle]) / 2);
}

const sum = (counts: Record<string, number>) => Object.values(counts).reduce((total, count) => total + count, 0);
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

function rowsFor(
  workload: Workload,
  travailGraph: ColdRun[],
  floor: QuotaFloor,
  naive: ColdRun,
  naiveCapMs: number,
): BenchRow[] {
  const elapsed = median(travailGraph.map((run) => run.elapsedMs));
  const rateLimitedErrors = Math.max(...travailGraph.map((run) => run.rateLimitedErrors));
  const sandbox429s = Math.max(...travailGraph.map((run) => sum(run.sandbox429s)));
  const naiveTime = naive.timedOut ? `> ${naiveCapMs / 1000} s` : seconds(naive.elapsedMs);
  const ratio = Math.round((elapsed / floor.floorMs) * 100) / 100;
  return [
    {
      figure: `${workload.name} cold time${travailGraph.length > 1 ? ` (median of ${travailGraph.length})` : ''}`,
      travailGraph: seconds(elapsed),
      baselineName: 'quota floor (tokens held from start-up)',
      baseline: seconds(floor.floorMs),
      ratio,
      target: `≤ ${FLOOR_TARGET} × floor`,
      met: ratio <= FLOOR_TARGET,
    },
    {
      figure: `${workload.name} cold time`,
      travailGraph: seconds(elapsed),
      baselineName: 'naive Apollo Server',
      baseline: naiveTime,
      ratio: naive.timedOut ? null : Math.round((elapsed / naive.elapsedMs) * 100) / 100,
      target: '(comparison)',
      met: null,
    },
    {
      figure: `${workload.name} UPSTREAM_RATE_LIMITED errors in the response, cold`,
      travailGraph: rateLimitedErrors,
      baselineName: 'naive Apollo Server',
      baseline: naive.timedOut ? `${naive.rateLimitedErrors} (unfinished)` : naive.rateLimitedErrors,
      ratio: null,
      target: '= 0',
      met: rateLimitedErrors === 0,
    },
    {
      figure: `${workload.name} 429s sent by the sandbox, cold (allowed if waited out)`,
      travailGraph: sandbox429s,
      baselineName: 'naive Apollo Server',
      baseline: naive.timedOut ? `${sum(naive.sandbox429s)} in ${naiveCapMs / 1000} s` : sum(naive.sandbox429s),
      ratio: null,
      target: '(information)',
      met: null,
    },
  ];
}
