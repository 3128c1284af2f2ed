import { APIS_IN_USE } from '../src/upstream/create-upstream';
import { startSandbox, type Sandbox, type SandboxCounters } from '../src/sandbox';
import { distinctKeyMinimum, type DistinctKeyMinimum } from './distinct-key-minimum';
import {
  sandboxQuotas,
  startNaiveHere,
  startTravailGraphHere,
  UNLIMITED_QUOTAS,
  type GraphTarget,
} from './graph-targets';
import type { BenchRow, BenchSection } from './report-types';
import { errorsOf, runWorkload, type WorkloadRun } from './workload-run';
import { discoverOfferIds, workloads, type Workload } from './workloads';

export interface UpstreamCostOptions {
  quick: boolean;
  /** Progress lines (default: stderr). */
  log?: (line: string) => void;
}

/** France Travail traffic of one run: tokens and API calls apart (429s would count among the calls). */
export interface UpstreamTraffic {
  tokens: number;
  calls: number;
  callsByRoute: Record<string, number>;
  rateLimited: number;
}

interface TargetCost {
  cold: UpstreamTraffic[];
  warm: UpstreamTraffic[];
  errors: string[];
}

/**
 * For each workload, the upstream calls travail-graph makes cold (fresh server, empty in-memory cache) and warm
 * (the same requests again), beside the distinct-key minimum read from its cold responses and beside the naive
 * baseline, cold and warm. The sandbox runs without quota pressure, so that only the calls themselves are counted.
 */
export async function measureUpstreamCost(options: UpstreamCostOptions): Promise<BenchSection> {
  const log = options.log ?? ((line: string) => console.error(line));
  const repetitions = options.quick ? 1 : 3;
  const sandbox = await startSandbox({ quotas: sandboxQuotas(UNLIMITED_QUOTAS), latencyMs: 0 });
  try {
    const seed = await discoverOfferIds(sandbox);
    const rows: BenchRow[] = [];
    const raw: Record<string, unknown> = { seed, repetitions };
    for (const workload of workloads(seed)) {
      log(`upstream cost: ${workload.name}`);
      const travailGraph: TargetCost = { cold: [], warm: [], errors: [] };
      let minimum: DistinctKeyMinimum | undefined;
      for (let i = 0; i < repetitions; i++) {
        const { cold, coldTraffic, warmTraffic } = await coldThenWarm(sandbox, workload, () =>
          startTravailGraphHere(sandbox, UNLIMITED_QUOTAS),
        );
        travailGraph.cold.push(coldTraffic);
        travailGraph.warm.push(warmTraffic);
        travailGraph.errors.push(...errorsOf(cold).map((error) => error.message));
        minimum ??= distinctKeyMinimum(cold.answers.map((answer) => ({ request: answer.request, data: answer.data })));
      }
      const naive: TargetCost = { cold: [], warm: [], errors: [] };
      const naiveRun = await coldThenWarm(sandbox, workload, () => startNaiveHere(sandbox));
      naive.cold.push(naiveRun.coldTraffic);
      naive.warm.push(naiveRun.warmTraffic);
      naive.errors.push(...errorsOf(naiveRun.cold).map((error) => error.message));

      rows.push(...rowsFor(workload, minimum!, travailGraph, naive));
      raw[workload.name] = {
        minimum: {
          tokens: minimum!.tokens,
          scopeSets: minimum!.scopeSets,
          calls: minimum!.calls,
          callsByApi: minimum!.callsByApi,
          keys: minimum!.keys.map((key) => key.id),
        },
        travailGraph,
        naive,
      };
      if (travailGraph.errors.length)
        log(
          `  travail-graph answered ${workload.name} with ${travailGraph.errors.length} errors, e.g. ${travailGraph.errors[0]}`,
        );
      if (naive.errors.length)
        log(
          `  the naive baseline answered ${workload.name} with ${naive.errors.length} errors, e.g. ${naive.errors[0]}`,
        );
    }
    return { title: 'Upstream cost (France Travail tokens + API calls; sandbox without quota pressure)', rows, raw };
  } finally {
    await sandbox.close();
  }
}

async function coldThenWarm(sandbox: Sandbox, workload: Workload, start: () => Promise<GraphTarget>) {
  // Counted from before the server starts: travail-graph fetches its tokens at start-up, the naive baseline on first use.
  sandbox.resetCounters();
  const target = await start();
  try {
    const cold = await runWorkload(target.url, workload);
    const coldTraffic = trafficOf(sandbox.counters());
    sandbox.resetCounters();
    const warm: WorkloadRun = await runWorkload(target.url, workload);
    const warmTraffic = trafficOf(sandbox.counters());
    return { cold, warm, coldTraffic, warmTraffic };
  } finally {
    await target.stop();
  }
}

function trafficOf(counters: SandboxCounters): UpstreamTraffic {
  return {
    tokens: counters.tokens,
    calls: counters.total,
    callsByRoute: counters.byRoute,
    rateLimited: Object.values(counters.rateLimited).reduce((sum, count) => sum + count, 0),
  };
}

/** The repetitions should agree; when they do not, the worst one is reported (and all are in `raw`). */
function worst(traffic: UpstreamTraffic[]): UpstreamTraffic {
  return traffic.reduce((a, b) => (b.tokens + b.calls > a.tokens + a.calls ? b : a));
}

const format = (traffic: { tokens: number; calls: number }) =>
  `${traffic.tokens} + ${traffic.calls} = ${traffic.tokens + traffic.calls}`;
const total = (traffic: { tokens: number; calls: number }) => traffic.tokens + traffic.calls;
/** Every API the graph calls with the application's token gets its token when the server starts. */
const GRAPH_SCOPE_SETS = APIS_IN_USE.length;
const ratio = (a: number, b: number) => (b === 0 ? null : Math.round((a / b) * 100) / 100);

function rowsFor(
  workload: Workload,
  minimum: DistinctKeyMinimum,
  travailGraph: TargetCost,
  naive: TargetCost,
): BenchRow[] {
  const cold = worst(travailGraph.cold);
  const warm = worst(travailGraph.warm);
  const naiveCold = worst(naive.cold);
  const naiveWarm = worst(naive.warm);
  const stable = new Set(travailGraph.cold.map(format)).size === 1 ? '' : ' (repetitions differ: worst shown)';
  return [
    {
      figure: `${workload.name} upstream tokens + API calls, cold${stable}`,
      travailGraph: format(cold),
      baselineName: 'distinct-key minimum',
      baseline: format(minimum),
      ratio: ratio(total(cold), total(minimum)),
      target: `calls = minimum; tokens: one per scope set the graph uses (${GRAPH_SCOPE_SETS}, fetched at start-up); no error`,
      // A response with errors answers less, and so needs less: it cannot meet the minimum. Tokens are fetched for
      // every scope set when the server starts, so a workload using fewer of them still sees all of them.
      met:
        cold.tokens >= minimum.tokens &&
        cold.tokens <= GRAPH_SCOPE_SETS &&
        cold.calls === minimum.calls &&
        travailGraph.errors.length === 0,
    },
    {
      figure: `${workload.name} upstream tokens + API calls, cold`,
      travailGraph: format(cold),
      baselineName: 'naive Apollo Server',
      baseline: format(naiveCold),
      ratio: ratio(total(cold), total(naiveCold)),
      target: '(comparison)',
      met: null,
    },
    {
      figure: `${workload.name} upstream tokens + API calls, warm`,
      travailGraph: format(warm),
      baselineName: 'naive Apollo Server',
      baseline: format(naiveWarm),
      ratio: ratio(total(warm), total(naiveWarm)),
      target: '= 0',
      met: total(warm) === 0,
    },
  ];
}
