import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { LoadGenerator, type MeasuredLoad } from './load/run-load';
import { startStandaloneSandbox } from './load/standalone-sandbox';
import { ChildProcessGroup, stopChildrenOnExit, type ChildService } from './support/child-processes';
import { freePort } from './support/free-port';
import { expectData, type GraphqlRequest, postGraphql } from './support/graphql-post';
import { repoRoot } from './support/repo-paths';
import { median, round } from './support/statistics';
import { discoverOfferIds, variedQ1, variedQ3 } from './workloads';

/**
 * `npm run bench:builds -- --baseline <checkout>`: warm CPU per request of this build against another build of
 * travail-graph (a checkout with its own `dist/` and `node_modules/`), both as `npm start` runs them, behind one
 * standalone sandbox. `--candidate <checkout>` (repeatable) measures those builds against the baseline instead of
 * this one: two past builds, say, to isolate what one change did to the figures. A build's speed drifts with the
 * machine far more than the few percent worth comparing, so runs are interleaved round by round and each round's
 * ratio is kept: the table gives the median ratio. On Linux the servers share one core and the sandbox and load
 * generator take the other (taskset), so they do not compete.
 */

interface Contender {
  label: string;
  checkout: string;
  env: Record<string, string>;
}

interface Options {
  contenders: Contender[];
  workloads: ('Q1' | 'Q3')[];
  rounds: number;
  seconds: number;
}

const CONNECTIONS = 50;
const WARM_SECONDS = 1;
const PAUSE_MS = 1_500;
/** The configuration that turns off what a build from before the request line and metrics did not have. */
const QUIET_ENV = { LOG_LEVEL: 'warn', METRICS: 'false' };

async function main(): Promise<number> {
  const options = parseArguments(process.argv.slice(2));
  const group = new ChildProcessGroup();
  const releaseSignals = stopChildrenOnExit(group);
  const log = (line: string) => console.error(line);
  const sandbox = await startStandaloneSandbox(group);
  const generator = await LoadGenerator.start();
  try {
    const seed = await discoverOfferIds(sandbox.seedSource);
    const servers: { contender: Contender; service: ChildService; url: string }[] = [];
    for (const contender of options.contenders) {
      const port = await freePort();
      const url = `http://127.0.0.1:${port}/`;
      const service = await group.start({
        name: contender.label,
        cwd: contender.checkout,
        args: [path.join(contender.checkout, 'dist/src/server/main.js')],
        env: { ...sandbox.clientEnv, HOST: '127.0.0.1', PORT: String(port), NODE_ENV: undefined, ...contender.env },
        readyProbe: async () => (await postGraphql(url, { query: '{ __typename }' }, 2_000)).status === 200,
        timeoutMs: 120_000,
      });
      servers.push({ contender, service, url });
    }
    const pinned =
      pin([sandbox.service.pid, process.pid, generator.pid], 0) &&
      pin(
        servers.map((server) => server.service.pid),
        1,
      );
    log(pinned ? 'servers on core 1, sandbox and load on core 0' : 'taskset unavailable: processes not pinned');

    const tables: string[] = [];
    for (const workload of options.workloads) {
      const requests = workload === 'Q1' ? variedQ1(60) : variedQ3(100, seed);
      const bodies = requests.map((request) => JSON.stringify(request));
      for (const server of servers) {
        for (const request of requests) await expectData(server.url, request);
        await generator.measure({ url: server.url, bodies, connections: CONNECTIONS, durationSec: 3, serverPids: [] });
      }
      const runs = servers.map(() => [] as MeasuredLoad[]);
      for (let turn = 0; turn < options.rounds; turn += 1) {
        // Alternate the order, so that no build always runs right after the same one.
        const order = turn % 2 === 0 ? servers.map((_, i) => i) : servers.map((_, i) => servers.length - 1 - i);
        for (const index of order) {
          const server = servers[index];
          await new Promise((resolve) => setTimeout(resolve, PAUSE_MS));
          const load = { url: server.url, bodies, connections: CONNECTIONS, serverPids: [server.service.pid] };
          await generator.measure({ ...load, durationSec: WARM_SECONDS });
          const measured = await generator.measure({ ...load, durationSec: options.seconds });
          runs[index].push(measured);
          log(
            `${workload} round ${turn + 1} · ${server.contender.label}: ${round(measured.requestsPerSec)} req/s, ` +
              `${measured.cpuMsPerRequest.toFixed(3)} CPU ms/req`,
          );
        }
      }
      tables.push(renderTable(workload, requests, servers, runs, options));
    }
    console.log(tables.join('\n\n'));
    return 0;
  } finally {
    generator.close();
    await group.stopAll();
    releaseSignals();
  }
}

function renderTable(
  workload: string,
  requests: GraphqlRequest[],
  servers: { contender: Contender }[],
  runs: MeasuredLoad[][],
  options: Options,
): string {
  const baseline = runs[0];
  const ratio = (own: MeasuredLoad[], pick: (load: MeasuredLoad) => number) =>
    median(own.map((load, round) => pick(load) / pick(baseline[round])));
  const lines = [
    `${workload}, ${requests.length} varied requests · ${options.rounds} interleaved rounds of ${options.seconds} s · ` +
      `${CONNECTIONS} connections · baseline: ${servers[0].contender.label}`,
    '',
    '| build | req/s (median) | CPU ms/req (median) | CPU per request vs baseline (median of rounds) | req/s vs baseline |',
    '|---|---:|---:|---:|---:|',
  ];
  servers.forEach((server, index) => {
    const own = runs[index];
    const cpu = own.map((load) => load.cpuMsPerRequest);
    lines.push(
      `| ${server.contender.label} | ${round(median(own.map((load) => load.requestsPerSec)))} | ${median(cpu).toFixed(3)} | ` +
        `${index === 0 ? '1' : `× ${ratio(own, (load) => load.cpuMsPerRequest).toFixed(3)}`} | ` +
        `${index === 0 ? '1' : `× ${ratio(own, (load) => load.requestsPerSec).toFixed(3)}`} |`,
    );
  });
  return lines.join('\n');
}

function parseArguments(args: string[]): Options {
  const value = (name: string) => {
    const at = args.indexOf(name);
    return at >= 0 ? args[at + 1] : undefined;
  };
  const baseline = value('--baseline');
  if (!baseline) throw new UsageError('--baseline <checkout> is required: a travail-graph checkout, built.');
  const checkout = builtCheckout(baseline);
  const candidates = args.flatMap((arg, at) => (arg === '--candidate' ? [builtCheckout(args[at + 1])] : []));
  const workloadArgument = (value('--workload') ?? 'Q3,Q1').toUpperCase().split(',');
  const workloads = workloadArgument.filter((name): name is 'Q1' | 'Q3' => name === 'Q1' || name === 'Q3');
  if (workloads.length !== workloadArgument.length) throw new UsageError('--workload takes Q1, Q3 or Q3,Q1.');
  const rounds = Number(value('--rounds') ?? 8);
  const seconds = Number(value('--seconds') ?? 4);
  if (!Number.isInteger(rounds) || rounds < 1 || !(seconds > 0))
    throw new UsageError('--rounds takes a whole number ≥ 1 and --seconds a positive number.');
  return {
    contenders: [
      { label: `baseline (${path.basename(checkout)})`, checkout, env: {} },
      ...(candidates.length > 0
        ? candidates.map((candidate) => ({ label: path.basename(candidate), checkout: candidate, env: {} }))
        : [
            { label: 'this build', checkout: repoRoot, env: {} },
            { label: 'this build, LOG_LEVEL=warn METRICS=false', checkout: repoRoot, env: QUIET_ENV },
          ]),
    ],
    workloads,
    rounds,
    seconds,
  };
}

function builtCheckout(argument: string | undefined): string {
  if (!argument || argument.startsWith('--')) throw new UsageError('--baseline and --candidate take a checkout path.');
  const checkout = path.resolve(argument);
  if (!existsSync(path.join(checkout, 'dist/src/server/main.js')))
    throw new UsageError(`${checkout} has no dist/src/server/main.js: run npm ci and npm run build there first.`);
  return checkout;
}

/** Pins every thread of these processes to one core; false where taskset cannot (not Linux, not installed). */
function pin(pids: number[], core: number): boolean {
  try {
    for (const pid of pids) execFileSync('taskset', ['-a', '-cp', String(core), String(pid)], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

class UsageError extends Error {}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof UsageError ? `usage: ${error.message}` : error);
    process.exit(error instanceof UsageError ? 2 : 1);
  },
);
