import { subgraphModules } from '../../src/graph';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ChildProcessGroup, ChildService } from '../support/child-processes';
import { freePort } from '../support/free-port';
import { distScript } from '../support/repo-paths';
import { startHiveGateway } from './hive-gateway';
import type { StandaloneSandbox } from './standalone-sandbox';

export type VariantId =
  | 'a'
  | 'b'
  | 'b-jit'
  | 'c'
  | 'd-js-dedup'
  | 'd-js-nodedup'
  | 'd-rust-dedup'
  | 'd-rust-nodedup'
  | 'e';

export interface VariantDefinition {
  id: VariantId;
  /** As the report names it. */
  label: string;
  /** product: travail-graph as shipped; reference: the same resolvers executed otherwise; peer: other gateways; baseline: the naive server. */
  role: 'product' | 'reference' | 'peer' | 'baseline';
}

export const VARIANTS: readonly VariantDefinition[] = [
  { id: 'a', label: '(a) travail-graph, `npm start` (default execution)', role: 'product' },
  { id: 'b', label: '(b) merged schema, graphql-js', role: 'reference' },
  { id: 'b-jit', label: '(b′) merged schema, graphql-jit (same configuration as (a))', role: 'reference' },
  { id: 'c', label: '(c) @apollo/gateway, the subgraphs as HTTP processes', role: 'peer' },
  { id: 'd-js-dedup', label: '(d) Hive Gateway, default planner, dedup on', role: 'peer' },
  { id: 'd-js-nodedup', label: '(d) Hive Gateway, default planner, dedup off', role: 'peer' },
  { id: 'd-rust-dedup', label: '(d) Hive Gateway, Rust planner, dedup on', role: 'peer' },
  { id: 'd-rust-nodedup', label: '(d) Hive Gateway, Rust planner, dedup off', role: 'peer' },
  { id: 'e', label: '(e) naive baseline', role: 'baseline' },
];

export interface RunningVariant {
  definition: VariantDefinition;
  url: string;
  /** Processes whose CPU is this variant's: a gateway plus its subgraph processes. */
  serverPids: number[];
  /**
   * Replaces the variant's own process with a fresh one (new pid and URL; shared subgraphs stay). A slow server keeps
   * working through the backlog of requests in flight when a load run ends; restarting ends that tail at once.
   * (a), (b) and (b′) have none: a restart would empty the in-process cache their warm figures rely on.
   */
  restart?: () => Promise<void>;
}

export interface VariantFleet {
  running: Map<VariantId, RunningVariant>;
  /** Variants that could not start, with the reason (a peer failing is reported, not fatal). */
  failed: Map<VariantId, string>;
  close(): Promise<void>;
}

const GRAPH_READY = /travail-graph ready at (\S+)/;

/** `node dist/src/server/main.js` on a free loopback port with the given environment. */
export async function startGraphServer(
  group: ChildProcessGroup,
  name: string,
  env: Record<string, string | undefined>,
): Promise<ChildService & { url: string }> {
  const port = await freePort();
  const service = await group.start({
    name,
    args: [distScript('src/server/main.js')],
    env: { HOST: '127.0.0.1', PORT: String(port), GRAPH_EXECUTION: undefined, SUBGRAPH_URLS: undefined, ...env },
    readyLine: GRAPH_READY,
  });
  return { ...service, url: service.url ?? `http://127.0.0.1:${port}/` };
}

/**
 * Starts every variant at once against one standalone sandbox. They sit idle while another is measured; an idle
 * Node process costs nothing measurable, and interleaving the repeated runs of (a) and (b′) needs both alive.
 */
export async function startVariants(
  group: ChildProcessGroup,
  sandbox: StandaloneSandbox,
  ids: readonly VariantId[],
): Promise<VariantFleet> {
  const startedVariants = new Map<VariantId, RunningVariant>();
  const failed = new Map<VariantId, string>();
  const started: ChildService[] = [];
  const track = <T extends ChildService>(service: T): T => {
    started.push(service);
    return service;
  };
  const workDir = mkdtempSync(path.join(tmpdir(), 'travail-graph-bench-'));
  // Also on Ctrl-C, which exits without unwinding to close().
  const removeWorkDir = () => rmSync(workDir, { recursive: true, force: true });
  process.once('exit', removeWorkDir);
  const wanted = new Set(ids);
  const definition = (id: VariantId) => VARIANTS.find((variant) => variant.id === id)!;
  /** One launch of a variant's own process; extra pids are processes it shares (the subgraphs). */
  type Launch = () => Promise<{ service: ChildService & { url: string }; extraPids?: number[] }>;
  const attempt = async (id: VariantId, launch: Launch, options: { restartable: boolean }) => {
    if (!wanted.has(id)) return;
    try {
      let current = await launch();
      track(current.service);
      const variant: RunningVariant = {
        definition: definition(id),
        url: current.service.url,
        serverPids: [current.service.pid, ...(current.extraPids ?? [])],
      };
      if (options.restartable) {
        variant.restart = async () => {
          await current.service.stop();
          current = await launch();
          track(current.service);
          variant.url = current.service.url;
          variant.serverPids = [current.service.pid, ...(current.extraPids ?? [])];
        };
      }
      startedVariants.set(id, variant);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      if (definition(id).role === 'product') throw error;
      failed.set(id, reason);
    }
  };
  const graph =
    (name: string, env: Record<string, string | undefined>): Launch =>
    async () => ({
      service: await startGraphServer(group, name, { ...sandbox.clientEnv, ...env }),
    });

  const needsSubgraphs = ids.some((id) => id === 'c' || id.startsWith('d-'));
  let subgraphs: { urls: Record<string, string>; pids: number[] } | undefined;
  let subgraphFailure: string | undefined;
  if (needsSubgraphs) {
    try {
      subgraphs = await startSubgraphs(group, sandbox, track);
    } catch (error) {
      subgraphFailure = error instanceof Error ? error.message : String(error);
    }
  }
  const overSubgraphs =
    (start: (urls: Record<string, string>) => Promise<ChildService & { url: string }>): Launch =>
    async () => {
      if (!subgraphs) throw new Error(`subgraph processes did not start: ${subgraphFailure}`);
      return { service: await start(subgraphs.urls), extraPids: subgraphs.pids };
    };
  const hive = (id: VariantId, rustPlanner: boolean, dedup: boolean) =>
    attempt(
      id,
      overSubgraphs((urls) =>
        startHiveGateway(group, `Hive Gateway ${id}`, {
          rustPlanner,
          dedup,
          subgraphUrls: urls,
          workDir: mkdtempSync(path.join(workDir, `${id}-`)),
        }),
      ),
      { restartable: true },
    );
  const subgraphUrlsVariable = (urls: Record<string, string>) =>
    Object.entries(urls)
      .map(([name, url]) => `${name}=${url}`)
      .join(',');

  try {
    await Promise.all([
      attempt('a', graph('travail-graph (a)', {}), { restartable: false }),
      attempt('b', graph('travail-graph (b)', { GRAPH_EXECUTION: 'merged-graphql-js' }), { restartable: false }),
      attempt('b-jit', graph('travail-graph (b′)', { GRAPH_EXECUTION: 'merged' }), { restartable: false }),
      attempt(
        'c',
        overSubgraphs((urls) =>
          startGraphServer(group, 'travail-graph gateway (c)', { SUBGRAPH_URLS: subgraphUrlsVariable(urls) }),
        ),
        { restartable: true },
      ),
      hive('d-js-dedup', false, true),
      hive('d-js-nodedup', false, false),
      hive('d-rust-dedup', true, true),
      hive('d-rust-nodedup', true, false),
      attempt('e', async () => ({ service: await startNaiveBaseline(group, sandbox) }), { restartable: true }),
    ]);
  } catch (error) {
    await stopAll();
    throw error;
  }
  // Measured in the report's order, whatever order they became ready in.
  const running = new Map<VariantId, RunningVariant>();
  for (const variant of VARIANTS) {
    const runningVariant = startedVariants.get(variant.id);
    if (runningVariant) running.set(variant.id, runningVariant);
  }
  return { running, failed, close: stopAll };

  async function stopAll(): Promise<void> {
    await Promise.all(started.map((service) => service.stop()));
    process.off('exit', removeWorkDir);
    removeWorkDir();
  }
}

/** Every subgraph of the graph, each as its own process, as a router deployment runs them. */
const SUBGRAPH_NAMES = subgraphModules.map((module) => module.name);

async function startSubgraphs(
  group: ChildProcessGroup,
  sandbox: StandaloneSandbox,
  track: (service: ChildService) => ChildService,
): Promise<{ urls: Record<string, string>; pids: number[] }> {
  const services = await Promise.all(
    SUBGRAPH_NAMES.map(async (name) => {
      const port = await freePort();
      const service = track(
        await group.start({
          name: `subgraph ${name}`,
          args: [distScript('src/server/subgraph-main.js'), name],
          env: { ...sandbox.clientEnv, HOST: '127.0.0.1', PORT: String(port) },
          readyLine: /ready at (\S+)/,
        }),
      );
      return { name, url: service.url ?? `http://127.0.0.1:${port}/`, pid: service.pid };
    }),
  );
  return { urls: Object.fromEntries(services.map((s) => [s.name, s.url])), pids: services.map((s) => s.pid) };
}

/** The naive baseline server (bench/naive), pointed at the same sandbox. */
async function startNaiveBaseline(
  group: ChildProcessGroup,
  sandbox: StandaloneSandbox,
): Promise<ChildService & { url: string }> {
  const port = await freePort();
  const service = await group.start({
    name: 'naive baseline (e)',
    args: [distScript('bench/naive/main.js')],
    env: { ...sandbox.clientEnv, HOST: '127.0.0.1', PORT: String(port) },
    readyLine: /naive baseline ready at (\S+)/,
  });
  return { ...service, url: service.url ?? `http://127.0.0.1:${port}/` };
}
