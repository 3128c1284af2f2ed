import type { BenchRow, BenchSection } from '../report-types';
import type { ChildProcessGroup } from '../support/child-processes';
import { expectData, type GraphqlRequest } from '../support/graphql-post';
import { waitUntilIdle } from '../support/proc-stats';
import { median, round } from '../support/statistics';
import { discoverOfferIds, q1, q3, variedQ1, variedQ3 } from '../workloads';
import { LoadGenerator, type MeasuredLoad } from './run-load';
import { startStandaloneSandbox } from './standalone-sandbox';
import { startVariants, VARIANTS, type RunningVariant, type VariantId } from './variants';

export interface WarmThroughputOptions {
  quick: boolean;
  group: ChildProcessGroup;
  log?: (line: string) => void;
}

interface Settings {
  connections: number;
  durationSec: number;
  /** Unmeasured load before a variant's first measured run: JIT, caches and connection pools settle. */
  warmSec: number;
  /** Runs of (a) and (b′), interleaved; the others run once. */
  rounds: number;
  variedQ1: number;
  variedQ3: number;
  /** Longest wait for the previous run's in-flight requests to drain before the next run. */
  idleWaitMaxMs: number;
}

const FULL: Settings = {
  connections: 50,
  durationSec: 8,
  warmSec: 2,
  rounds: 3,
  variedQ1: 60,
  variedQ3: 100,
  idleWaitMaxMs: 60_000,
};
const QUICK: Settings = {
  connections: 50,
  durationSec: 1.5,
  warmSec: 0.5,
  rounds: 1,
  variedQ1: 12,
  variedQ3: 40,
  idleWaitMaxMs: 3_000,
};

/** Repeated because their ratio is a target: the median of interleaved runs resists drift of the machine. */
const REPEATED: readonly VariantId[] = ['a', 'b-jit'];
const P99_TARGET_MS = 50;
/** Connections of the unmeasured warm-up burst. */
const WARM_CONNECTIONS = 4;
/** A peer still busy this long after its run is restarted rather than waited for (its warm-up comes again before its next run). */
const RESTART_AFTER_MS = 3_000;
/** The naive baseline has no cache to warm and may take long per request: it is only checked on one request. */
const NAIVE_CHECK_TIMEOUT_MS = 120_000;

interface LoadPlan {
  title: string;
  requests: GraphqlRequest[];
}

export interface VariantFigures {
  requestsPerSec: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  cpuMsPerRequest: number;
  /** The shared sandbox's CPU per request: only the naive baseline makes it work while warm. */
  sandboxCpuMsPerRequest: number;
  errors: number;
  runs: MeasuredLoad[];
}

export interface PlanResult {
  title: string;
  distinctRequests: number;
  figures: Partial<Record<VariantId, VariantFigures>>;
  failures: Partial<Record<VariantId, string>>;
  /** Variants whose `data` for the first request differs from (a)'s. */
  dataDiffersFromA: VariantId[];
  /** (a) at half its max rate: autocannon's fixed rate (the target), and evenly spaced arrivals (information). */
  fixedRate?: {
    offeredPerSec: number;
    load: MeasuredLoad;
    even: MeasuredLoad;
    runs: { autocannon: MeasuredLoad[]; even: MeasuredLoad[] };
  };
}

/**
 * Figure 3: warm throughput and latency of Q1 and Q3 on travail-graph and on the same resolvers executed by
 * other means, behind one shared standalone sandbox; each variant is warmed with every request of the load first.
 */
export async function measureWarmThroughput(options: WarmThroughputOptions): Promise<BenchSection> {
  const settings = options.quick ? QUICK : FULL;
  const log = options.log ?? (() => undefined);
  const sandbox = await startStandaloneSandbox(options.group);
  try {
    const seed = await discoverOfferIds(sandbox.seedSource);
    const plans: LoadPlan[] = [
      { title: 'Q1, one identical query', requests: q1().requests },
      { title: `Q1, ${settings.variedQ1} varied queries`, requests: variedQ1(settings.variedQ1) },
      { title: 'Q3, its 20 fixed requests', requests: q3(seed).requests },
      { title: `Q3, ${settings.variedQ3} varied requests`, requests: variedQ3(settings.variedQ3, seed) },
    ];
    log(`starting ${VARIANTS.length} variants`);
    const fleet = await startVariants(
      options.group,
      sandbox,
      VARIANTS.map((variant) => variant.id),
    );
    const generator = await LoadGenerator.start();
    try {
      for (const [id, reason] of fleet.failed) log(`variant ${id} did not start: ${firstLine(reason)}`);
      const results: PlanResult[] = [];
      for (const plan of plans)
        results.push(
          await measurePlan(plan, fleet.running, fleet.failed, sandbox.service.pid, settings, generator, log),
        );
      const a = fleet.running.get('a')!;
      const everyPid = () => [
        sandbox.service.pid,
        ...[...fleet.running.values()].flatMap((variant) => variant.serverPids),
      ];
      for (const [index, plan] of plans.entries())
        await measureHalfRateLatency(plan, results[index], a, everyPid, settings, generator, log);
      return {
        title: 'Warm throughput and latency (autocannon, 50 connections)',
        rows: results.flatMap(rowsFor),
        raw: { settings, variants: VARIANTS, startFailures: Object.fromEntries(fleet.failed), plans: results },
      };
    } finally {
      generator.close();
      await fleet.close();
    }
  } finally {
    await sandbox.service.stop();
  }
}

async function measurePlan(
  plan: LoadPlan,
  running: Map<VariantId, RunningVariant>,
  startFailures: Map<VariantId, string>,
  sandboxPid: number,
  settings: Settings,
  generator: LoadGenerator,
  log: (line: string) => void,
): Promise<PlanResult> {
  const result: PlanResult = {
    title: plan.title,
    distinctRequests: plan.requests.length,
    figures: {},
    failures: {},
    dataDiffersFromA: [],
  };
  for (const [id, reason] of startFailures) result.failures[id] = `did not start: ${firstLine(reason)}`;
  const bodies = plan.requests.map((request) => JSON.stringify(request));
  const alive = new Map<VariantId, RunningVariant>();
  let referenceData: string | undefined;
  for (const variant of running.values()) {
    const warmStartedAt = performance.now();
    try {
      const firstData =
        variant.definition.role === 'baseline'
          ? JSON.stringify((await expectData(variant.url, plan.requests[0], NAIVE_CHECK_TIMEOUT_MS)).json?.data)
          : await warmEveryRequest(variant.url, plan.requests);
      if (variant.definition.id === 'a') referenceData = firstData;
      else if (referenceData !== undefined && firstData !== referenceData)
        result.dataDiffersFromA.push(variant.definition.id);
      alive.set(variant.definition.id, variant);
      log(`  ${plan.title} · ${variant.definition.id} · warmed in ${Math.round(performance.now() - warmStartedAt)} ms`);
    } catch (error) {
      if (variant.definition.role === 'product') throw error;
      result.failures[variant.definition.id] = firstLine(error instanceof Error ? error.message : String(error));
      log(`  ${variant.definition.id} failed on ${plan.title}: ${result.failures[variant.definition.id]}`);
    }
  }
  const runs = new Map<VariantId, MeasuredLoad[]>();
  const everyPid = () => [sandboxPid, ...[...running.values()].flatMap((variant) => variant.serverPids)];
  for (let roundIndex = 0; roundIndex < settings.rounds; roundIndex++) {
    for (const variant of alive.values()) {
      const id = variant.definition.id;
      if (roundIndex > 0 && !REPEATED.includes(id)) continue;
      const load = () => ({ url: variant.url, bodies, serverPids: variant.serverPids, sidePids: [sandboxPid] });
      if (roundIndex === 0) {
        // Few connections, so that a slow server is not left with a backlog the measured run would inherit.
        await generator.measure({ ...load(), connections: WARM_CONNECTIONS, durationSec: settings.warmSec });
      }
      const waited = await waitUntilIdle(everyPid(), { maxMs: settings.idleWaitMaxMs });
      if (waited.waitedMs > 1_000) log(`  waited ${Math.round(waited.waitedMs)} ms for the machine to be idle`);
      const measured = await generator.measure({
        ...load(),
        connections: settings.connections,
        durationSec: settings.durationSec,
      });
      log(
        `  ${plan.title} · ${id} · run ${roundIndex + 1}: ${Math.round(measured.requestsPerSec)} req/s, p99 ${measured.latencyP99Ms} ms`,
      );
      runs.set(id, [...(runs.get(id) ?? []), measured]);
      if (variant.restart && !(await waitUntilIdle(variant.serverPids, { maxMs: RESTART_AFTER_MS })).idle) {
        log(`  ${id} still busy with its backlog: restarting it`);
        await variant.restart();
      }
    }
  }
  for (const [id, list] of runs) result.figures[id] = summarise(list);
  return result;
}

/**
 * (a) at half its measured maximum rate: once with autocannon's fixed rate (the target) and once with evenly
 * spaced arrivals. Run after every plan's throughput rounds, so that (a) and (b′) share the same history when
 * their throughput is compared; the plan's requests are warmed again first (offers stay cached five minutes).
 */
async function measureHalfRateLatency(
  plan: LoadPlan,
  result: PlanResult,
  a: RunningVariant,
  everyPid: () => number[],
  settings: Settings,
  generator: LoadGenerator,
  log: (line: string) => void,
): Promise<void> {
  const product = result.figures.a;
  if (!product || product.requestsPerSec === 0) return;
  const offeredPerSec = Math.max(1, Math.round(product.requestsPerSec / 2));
  const bodies = plan.requests.map((request) => JSON.stringify(request));
  await warmEveryRequest(a.url, plan.requests);
  await generator.measure({
    url: a.url,
    bodies,
    connections: WARM_CONNECTIONS,
    durationSec: settings.warmSec,
    serverPids: a.serverPids,
  });
  const fixedRate = async (arrivals: 'autocannon' | 'even') => {
    await waitUntilIdle(everyPid(), { maxMs: settings.idleWaitMaxMs });
    return generator.measure({
      url: a.url,
      bodies,
      connections: settings.connections,
      durationSec: settings.durationSec,
      overallRate: offeredPerSec,
      arrivals,
      serverPids: a.serverPids,
    });
  };
  // p99 moves a lot from run to run: interleaved repetitions, the run with the median p99 is kept.
  const autocannonRuns: MeasuredLoad[] = [];
  const evenRuns: MeasuredLoad[] = [];
  for (let roundIndex = 0; roundIndex < settings.rounds; roundIndex++) {
    autocannonRuns.push(await fixedRate('autocannon'));
    evenRuns.push(await fixedRate('even'));
  }
  const load = medianRun(autocannonRuns);
  const even = medianRun(evenRuns);
  log(
    `  ${plan.title} · a at ${offeredPerSec} req/s offered: p99 ${autocannonRuns.map((run) => run.latencyP99Ms).join(' / ')} ms (autocannon), ${evenRuns.map((run) => round(run.latencyP99Ms, 1)).join(' / ')} ms (even arrivals)`,
  );
  result.fixedRate = { offeredPerSec, load, even, runs: { autocannon: autocannonRuns, even: evenRuns } };
}

/** The run whose p99 is the median one (the lower middle for an even count). */
function medianRun(runs: MeasuredLoad[]): MeasuredLoad {
  const sorted = [...runs].sort((x, y) => x.latencyP99Ms - y.latencyP99Ms);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

/** Sends every request of the load once (a few at a time), failing on any GraphQL error; returns the first one's data. */
export async function warmEveryRequest(url: string, requests: GraphqlRequest[]): Promise<string> {
  let firstData = '';
  let next = 0;
  const worker = async () => {
    while (next < requests.length) {
      const index = next++;
      const answer = await expectData(url, requests[index]);
      if (index === 0) firstData = JSON.stringify(answer.json?.data);
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  return firstData;
}

function summarise(runs: MeasuredLoad[]): VariantFigures {
  const of = (pick: (run: MeasuredLoad) => number) => median(runs.map(pick));
  return {
    requestsPerSec: of((run) => run.requestsPerSec),
    latencyP50Ms: of((run) => run.latencyP50Ms),
    latencyP99Ms: of((run) => run.latencyP99Ms),
    cpuMsPerRequest: of((run) => run.cpuMsPerRequest),
    sandboxCpuMsPerRequest: of((run) => run.sideCpuMsPerRequest ?? Number.NaN),
    errors: runs.reduce((sum, run) => sum + run.errors + run.timeouts + run.non2xx, 0),
    runs,
  };
}

function rowsFor(result: PlanResult): BenchRow[] {
  const product = result.figures.a!;
  const peers = VARIANTS.filter((variant) => variant.role === 'peer' && result.figures[variant.id]);
  if (product.requestsPerSec === 0) {
    return [
      {
        figure: `${result.title}: (a) req/s`,
        travailGraph: 'no request completed within a run',
        baselineName: '—',
        baseline: null,
        ratio: null,
        target: 'every target',
        met: false,
      },
    ];
  }
  const bestPeer = peers.reduce<VariantId | undefined>(
    (best, variant) =>
      !best || result.figures[variant.id]!.requestsPerSec > result.figures[best]!.requestsPerSec ? variant.id : best,
    undefined,
  );
  const rows: BenchRow[] = [
    {
      figure: `${result.title}: (a) travail-graph`,
      travailGraph: describe(product),
      baselineName: '—',
      baseline: null,
      ratio: null,
      target: '—',
      met: null,
    },
  ];
  const productRate = `${formatRate(product.requestsPerSec)} req/s`;
  for (const variant of VARIANTS) {
    if (variant.id === 'a') continue;
    const figures = result.figures[variant.id];
    const target = targetFor(variant.id, variant.id === bestPeer);
    if (!figures) {
      rows.push({
        figure: `${result.title}: req/s vs ${variant.label}`,
        travailGraph: productRate,
        baselineName: variant.label,
        baseline: `failed: ${result.failures[variant.id] ?? 'not measured'}`,
        ratio: null,
        target: target?.text ?? '—',
        met: null,
      });
      continue;
    }
    const differs = result.dataDiffersFromA.includes(variant.id) ? ' · data differs from (a)' : '';
    const name = `${result.title}: req/s vs ${variant.label}${variant.id === bestPeer ? ' — best peer' : ''}`;
    if (figures.requestsPerSec === 0) {
      // Nothing completed within a run: its rate is below one request per run, which bounds the ratio from below.
      const runSec = figures.runs[0]?.durationSec ?? Number.NaN;
      rows.push({
        figure: name,
        travailGraph: productRate,
        baselineName: variant.label,
        baseline: `no request completed within ${round(runSec, 1)} s at 50 connections${differs}`,
        ratio: null,
        target: target?.text ?? '—',
        met: target ? product.requestsPerSec >= target.minimum / runSec : null,
      });
      continue;
    }
    const ratio = product.requestsPerSec / figures.requestsPerSec;
    rows.push({
      figure: name,
      travailGraph: productRate,
      baselineName: variant.label,
      baseline: `${describe(figures)} · CPU ${round(figures.cpuMsPerRequest / product.cpuMsPerRequest, 1)} × (a)${sandboxNote(figures)}${differs}`,
      ratio: round(ratio, 2),
      target: target?.text ?? '—',
      met: target ? ratio >= target.minimum : null,
    });
  }
  if (result.fixedRate) {
    const { offeredPerSec, load, even } = result.fixedRate;
    const latencies = (run: MeasuredLoad) =>
      `p99 ${round(run.latencyP99Ms, 1)} ms (p50 ${round(run.latencyP50Ms, 1)} ms, ${formatRate(run.requestsPerSec)} req/s served)`;
    rows.push({
      figure: `${result.title}: (a) p99 at half its max rate, autocannon overallRate ${offeredPerSec} req/s${medianNote(result.fixedRate.runs.autocannon)}`,
      travailGraph: latencies(load),
      baselineName: 'target',
      baseline: null,
      ratio: null,
      target: `≤ ${P99_TARGET_MS} ms`,
      met: load.latencyP99Ms <= P99_TARGET_MS,
    });
    rows.push({
      figure: `${result.title}: (a) p99 at the same rate, evenly spaced arrivals${medianNote(result.fixedRate.runs.even)} (information: autocannon sends each second's share at once)`,
      travailGraph: latencies(even),
      baselineName: '—',
      baseline: null,
      ratio: null,
      target: '—',
      met: null,
    });
  }
  return rows;
}

function targetFor(id: VariantId, isBestPeer: boolean): { text: string; minimum: number } | undefined {
  if (id === 'b-jit') return { text: '≥ 0.8 × (b′)', minimum: 0.8 };
  if (id === 'e') return { text: '≥ 3 × (e)', minimum: 3 };
  if (isBestPeer) return { text: '≥ 2 × best peer', minimum: 2 };
  return undefined;
}

function describe(figures: VariantFigures): string {
  if (figures.requestsPerSec === 0) return 'no request completed';
  const errors = figures.errors ? ` · ⚠ ${figures.errors} failed requests` : '';
  const runs = figures.runs.length > 1 ? ` (median of ${figures.runs.length})` : '';
  return (
    `${formatRate(figures.requestsPerSec)} req/s${runs} · p50 ${round(figures.latencyP50Ms, 1)} / p99 ${round(figures.latencyP99Ms, 1)} ms · ` +
    `${round(figures.cpuMsPerRequest, 2)} CPU ms/req${errors}`
  );
}

function medianNote(runs: MeasuredLoad[]): string {
  return runs.length > 1 ? ` (median of ${runs.length})` : '';
}

/** Whole numbers, except below 10 req/s where they would round to nothing. */
function formatRate(perSec: number): string {
  return perSec >= 10 ? String(Math.round(perSec)) : String(round(perSec, 2));
}

/** The naive baseline makes the shared sandbox work on every request: show that cost beside its own. */
function sandboxNote(figures: VariantFigures): string {
  return figures.sandboxCpuMsPerRequest >= 0.05
    ? ` · + ${round(figures.sandboxCpuMsPerRequest, 2)} sandbox CPU ms/req`
    : '';
}

function firstLine(text: string): string {
  return text.split('\n')[0].slice(0, 300);
}
