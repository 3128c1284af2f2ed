import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BenchRow, BenchSection } from '../report-types';
import type { ChildProcessGroup, ChildService } from '../support/child-processes';
import { freePort } from '../support/free-port';
import { waitUntilIdle } from '../support/proc-stats';
import { distScript } from '../support/repo-paths';
import { median, round } from '../support/statistics';
import { discoverOfferIds, q1, q3 } from '../workloads';
import type { GraphqlRequest } from '../support/graphql-post';
import { LoadGenerator, type MeasuredLoad } from './run-load';
import { startStandaloneSandbox } from './standalone-sandbox';
import { warmEveryRequest } from './warm-throughput';

export interface ObservabilityCostOptions {
  quick: boolean;
  group: ChildProcessGroup;
  log?: (line: string) => void;
}

type Setting = 'off' | 'default' | 'traced';

interface SettingDefinition {
  id: Setting;
  label: string;
  env: (sinkUrl: string) => Record<string, string | undefined>;
}

/** The same server, `npm start`, with its observability switched three ways. */
const SETTINGS: readonly SettingDefinition[] = [
  {
    id: 'off',
    label: 'logs, metrics and traces off',
    // Warnings only: no request line. No OTLP endpoint: no tracing SDK.
    env: () => ({ LOG_LEVEL: 'warn', METRICS: 'false' }),
  },
  { id: 'default', label: 'logs and metrics on, no tracing (default)', env: () => ({}) },
  {
    id: 'traced',
    label: 'logs, metrics and traces on (OTLP/HTTP to a loopback sink)',
    env: (sinkUrl) => ({ OTEL_EXPORTER_OTLP_ENDPOINT: sinkUrl }),
  },
];

interface Settings {
  connections: number;
  durationSec: number;
  warmSec: number;
  /** Interleaved runs of every setting; the median is kept. */
  rounds: number;
  idleWaitMaxMs: number;
}

const FULL: Settings = { connections: 20, durationSec: 6, warmSec: 2, rounds: 3, idleWaitMaxMs: 30_000 };
const QUICK: Settings = { connections: 20, durationSec: 1.5, warmSec: 0.5, rounds: 1, idleWaitMaxMs: 3_000 };

interface Figures {
  latencyP50Ms: number;
  latencyP99Ms: number;
  cpuMsPerRequest: number;
  requestsPerSec: number;
  errors: number;
  runs: MeasuredLoad[];
}

interface PlanResult {
  title: string;
  /** Half the rate the "all off" server sustains: every setting is offered this same load. */
  offeredPerSec: number;
  figures: Partial<Record<Setting, Figures>>;
}

/**
 * What logs, metrics and traces cost a request: the same warm Q1 and Q3 loads, at the same fixed rate (half what
 * the server sustains with everything off), on three servers that differ only in their observability settings.
 */
export async function measureObservabilityCost(options: ObservabilityCostOptions): Promise<BenchSection> {
  const settings = options.quick ? QUICK : FULL;
  const log = options.log ?? (() => undefined);
  const sink = await OtlpDiscardSink.start();
  const sandbox = await startStandaloneSandbox(options.group);
  try {
    const seed = await discoverOfferIds(sandbox.seedSource);
    const plans = [
      { title: 'Q1, one identical query', requests: q1().requests },
      { title: 'Q3, its 20 fixed requests', requests: q3(seed).requests },
    ];
    const servers = new Map<Setting, ChildService & { url: string }>();
    for (const setting of SETTINGS)
      servers.set(
        setting.id,
        await startServerWith(options.group, `travail-graph (${setting.id})`, {
          ...sandbox.clientEnv,
          ...setting.env(sink.url),
        }),
      );
    const generator = await LoadGenerator.start();
    try {
      const results: PlanResult[] = [];
      for (const plan of plans)
        results.push(await measurePlan(plan, servers, sandbox.service.pid, settings, generator, log));
      log(`  OTLP sink received ${sink.exports} exports, ${round(sink.bytes / 1024)} KiB`);
      return {
        title: 'Observability cost (logs, metrics, traces)',
        rows: [...results.flatMap(rowsFor), exportRow(sink)],
        raw: { settings, settingsCompared: SETTINGS.map(({ id, label }) => ({ id, label })), plans: results },
      };
    } finally {
      generator.close();
      await Promise.all([...servers.values()].map((server) => server.stop()));
    }
  } finally {
    await sandbox.service.stop();
    await sink.close();
  }
}

async function measurePlan(
  plan: { title: string; requests: GraphqlRequest[] },
  servers: Map<Setting, ChildService & { url: string }>,
  sandboxPid: number,
  settings: Settings,
  generator: LoadGenerator,
  log: (line: string) => void,
): Promise<PlanResult> {
  const bodies = plan.requests.map((request) => JSON.stringify(request));
  const everyPid = () => [sandboxPid, ...[...servers.values()].map((server) => server.pid)];
  for (const server of servers.values()) {
    await warmEveryRequest(server.url, plan.requests);
    await generator.measure({
      url: server.url,
      bodies,
      connections: 4,
      durationSec: settings.warmSec,
      serverPids: [server.pid],
    });
  }
  const off = servers.get('off')!;
  await waitUntilIdle(everyPid(), { maxMs: settings.idleWaitMaxMs });
  const saturated = await generator.measure({
    url: off.url,
    bodies,
    connections: settings.connections,
    durationSec: settings.durationSec,
    serverPids: [off.pid],
  });
  const offeredPerSec = Math.max(1, Math.round(saturated.requestsPerSec / 2));
  log(
    `  ${plan.title}: all off sustains ${Math.round(saturated.requestsPerSec)} req/s; offering ${offeredPerSec} req/s`,
  );
  const runs = new Map<Setting, MeasuredLoad[]>();
  for (let roundIndex = 0; roundIndex < settings.rounds; roundIndex++) {
    for (const setting of SETTINGS) {
      const server = servers.get(setting.id)!;
      await waitUntilIdle(everyPid(), { maxMs: settings.idleWaitMaxMs });
      const measured = await generator.measure({
        url: server.url,
        bodies,
        connections: settings.connections,
        durationSec: settings.durationSec,
        overallRate: offeredPerSec,
        arrivals: 'even',
        serverPids: [server.pid],
      });
      log(
        `  ${plan.title} · ${setting.id} · run ${roundIndex + 1}: p50 ${round(measured.latencyP50Ms, 2)} / p99 ${round(measured.latencyP99Ms, 2)} ms, ${round(measured.cpuMsPerRequest, 3)} CPU ms/req`,
      );
      runs.set(setting.id, [...(runs.get(setting.id) ?? []), measured]);
    }
  }
  const figures: PlanResult['figures'] = {};
  for (const [id, list] of runs) figures[id] = summarise(list);
  return { title: plan.title, offeredPerSec, figures };
}

function summarise(runs: MeasuredLoad[]): Figures {
  const of = (pick: (run: MeasuredLoad) => number) => median(runs.map(pick));
  return {
    latencyP50Ms: of((run) => run.latencyP50Ms),
    latencyP99Ms: of((run) => run.latencyP99Ms),
    cpuMsPerRequest: of((run) => run.cpuMsPerRequest),
    requestsPerSec: of((run) => run.requestsPerSec),
    errors: runs.reduce((sum, run) => sum + run.errors + run.timeouts + run.non2xx, 0),
    runs,
  };
}

function rowsFor(result: PlanResult): BenchRow[] {
  const off = result.figures.off;
  if (!off) return [];
  const describe = (figures: Figures) => {
    const errors = figures.errors ? ` · ⚠ ${figures.errors} failed requests` : '';
    const runs = figures.runs.length > 1 ? ` (median of ${figures.runs.length})` : '';
    return `p50 ${round(figures.latencyP50Ms, 2)} / p99 ${round(figures.latencyP99Ms, 2)} ms · ${round(figures.cpuMsPerRequest, 3)} CPU ms/req${runs}${errors}`;
  };
  const rows: BenchRow[] = [];
  for (const setting of SETTINGS) {
    if (setting.id === 'off') continue;
    const figures = result.figures[setting.id];
    if (!figures) continue;
    const p50 = figures.latencyP50Ms - off.latencyP50Ms;
    const cpu = figures.cpuMsPerRequest - off.cpuMsPerRequest;
    rows.push({
      figure: `${result.title} at ${result.offeredPerSec} req/s: ${setting.label} (p50 ${signed(p50, 2)} ms, CPU ${signed(cpu, 3)} ms/req)`,
      travailGraph: describe(figures),
      baselineName: SETTINGS[0].label,
      baseline: describe(off),
      ratio: off.cpuMsPerRequest > 0 ? round(figures.cpuMsPerRequest / off.cpuMsPerRequest, 2) : null,
      target: '— (CPU ratio)',
      met: null,
    });
  }
  return rows;
}

function exportRow(sink: OtlpDiscardSink): BenchRow {
  return {
    figure: 'Traces exported by the traced server (OTLP/HTTP JSON, discarded on arrival)',
    travailGraph: `${sink.exports} exports · ${round(sink.bytes / 1024)} KiB`,
    baselineName: '—',
    baseline: null,
    ratio: null,
    target: '> 0 exports',
    met: sink.exports > 0,
  };
}

function signed(value: number, digits: number): string {
  const rounded = round(value, digits);
  return rounded > 0 ? `+${rounded}` : String(rounded);
}

/** `node dist/src/server/main.js`, ready when /health answers (with logs off no ready line is printed). */
async function startServerWith(
  group: ChildProcessGroup,
  name: string,
  env: Record<string, string | undefined>,
): Promise<ChildService & { url: string }> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  const service = await group.start({
    name,
    args: [distScript('src/server/main.js')],
    env: { HOST: '127.0.0.1', PORT: String(port), GRAPH_EXECUTION: undefined, SUBGRAPH_URLS: undefined, ...env },
    readyProbe: async () => (await fetch(new URL('/health', url)).catch(() => undefined))?.ok === true,
  });
  return { ...service, url };
}

/** An OTLP/HTTP receiver that reads every export and throws it away, counting what it was sent. */
class OtlpDiscardSink {
  exports = 0;
  bytes = 0;

  private constructor(
    private readonly server: Server,
    readonly url: string,
  ) {}

  static async start(): Promise<OtlpDiscardSink> {
    let sink: OtlpDiscardSink | undefined;
    const server = createServer((req, res) => {
      req.on('data', (chunk: Buffer) => {
        sink!.bytes += chunk.length;
      });
      req.on('end', () => {
        sink!.exports += 1;
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{}');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    sink = new OtlpDiscardSink(server, `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    return sink;
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.server.closeAllConnections();
      this.server.close(() => resolve());
    });
  }
}
