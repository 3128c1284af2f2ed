import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { startServer } from '../src/server/app';
import { loadConfig } from '../src/server/config';
import type { SandboxApi } from '../src/sandbox';
import { repoPath } from './support/repo-paths';

/**
 * `npm run soak [-- --seconds 180]`: the graph and its sandbox on loopback for a few minutes, about 30 % of upstream
 * calls failing (503, 429 with Retry-After, truncated JSON), one API at a time turning slow, tokens revoked now and
 * then, three clients querying without pause. Checks that the process survives, that every response is well-formed
 * (data, or errors with a known code and no socket error code), how long the slowest answer took against the
 * deadline, and prints the heap at start and end. Exits 1 when a response was malformed.
 */
const APIS: SandboxApi[] = ['offres', 'rome-metiers', 'rome-fiches-metiers', 'marche'];
const DEADLINE_MS = 3000;
const KNOWN_CODES = new Set([
  'UPSTREAM_UNAVAILABLE',
  'UPSTREAM_RATE_LIMITED',
  'UPSTREAM_BAD_REQUEST',
  'UPSTREAM_UNAUTHENTICATED',
  'UPSTREAM_CONTRACT',
  'NOT_FOUND',
  'BAD_USER_INPUT',
]);
const CLIENTS = ['bff-web', 'bff-mobile', 'batch'];
const DEPARTEMENTS = ['35', '29', '22', '56', '44', '75', '69', '13'];
const ROME_PAIRS = [
  ['M1805', 'M1811'],
  ['J1506', 'J1501'],
  ['K2204', 'G1602'],
  ['N1101', 'H2909'],
];

interface Tally {
  responses: number;
  malformed: number;
  withErrors: number;
  withStaleData: number;
  slowest: number;
  overDeadline: number;
  codes: Record<string, number>;
  reasons: Record<string, number>;
}

async function main(): Promise<number> {
  const seconds = Number(argument('--seconds') ?? 180);
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    REQUEST_DEADLINE_MS: String(DEADLINE_MS),
    FT_TIMEOUT_MS: '2000',
  });
  // Short lifetimes, so that France Travail keeps being called (and failing) all along the run.
  config.upstream.ttls = {
    ...config.upstream.ttls,
    romeReferentialMs: 20_000,
    tensionMs: 5_000,
    offersMs: 2_000,
    marcheReferentialMs: 20_000,
  };
  const server = await startServer(config);
  const sandbox = server.sandbox!;
  sandbox.setLatency(20);
  for (const api of APIS) {
    // 1 − 0.88 × 0.88 × 0.90 ≈ 30 % of each API's calls fail.
    sandbox.injectFault({ api, status: 503, share: 0.12 });
    sandbox.injectFault({ api, status: 429, retryAfterSeconds: 1, share: 0.12 });
    sandbox.injectFault({ api, status: 200, malformedJson: true, share: 0.1 });
  }
  const jobsNearMe = readFileSync(repoPath('test/operations/jobs-near-me.graphql'), 'utf8');
  const overview = readFileSync(repoPath('test/operations/occupation-overview.graphql'), 'utf8');
  const tally: Tally = {
    responses: 0,
    malformed: 0,
    withErrors: 0,
    withStaleData: 0,
    slowest: 0,
    overDeadline: 0,
    codes: {},
    reasons: {},
  };

  // Server, sandbox and load share this process: a long synchronous step in any of them (the sandbox building an
  // offer catalogue) delays every answer, which no deadline can pre-empt. Reported beside the slowest answer.
  const loopDelay = monitorEventLoopDelay({ resolution: 20 });
  loopDelay.enable();
  const startedAt = performance.now();
  const endsAt = startedAt + seconds * 1000;
  const log = (line: string) => console.error(`[${Math.round((performance.now() - startedAt) / 1000)} s] ${line}`);
  const heapAtStart = heapMb();
  log(`soak for ${seconds} s at ${server.url}; heap ${heapAtStart} MB`);

  let tick = 0;
  const heapSamples: number[] = [];
  const chaos = setInterval(() => {
    tick += 1;
    const slowApi = APIS[tick % APIS.length];
    for (const api of APIS) sandbox.setApiLatency(api, 0);
    if (tick % 2 === 0) sandbox.setApiLatency(slowApi, 5000);
    if (tick % 3 === 0) sandbox.revokeTokens();
    heapSamples.push(heapMb());
    log(`heap ${heapSamples.at(-1)} MB, ${tally.responses} responses${tick % 2 === 0 ? `, ${slowApi} slow` : ''}`);
  }, 15_000);

  const worker = async (index: number) => {
    let n = index;
    while (performance.now() < endsAt) {
      n += 1;
      const clientId = CLIENTS[n % CLIENTS.length];
      const departement = DEPARTEMENTS[n % DEPARTEMENTS.length];
      const romeCodes = ROME_PAIRS[n % ROME_PAIRS.length];
      const [query, variables] =
        n % 3 === 0
          ? [overview, { code: romeCodes[0], territory: { type: 'DEPARTEMENT', code: departement } }]
          : [jobsNearMe, { departement, romeCodes, first: 50 }];
      const sentAt = performance.now();
      const body = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-client-id': clientId },
        body: JSON.stringify({ query, variables }),
      })
        .then((response) => response.text())
        .catch((error: unknown) => `transport failure: ${String(error)}`);
      const elapsed = performance.now() - sentAt;
      tally.slowest = Math.max(tally.slowest, elapsed);
      if (elapsed > DEADLINE_MS + 1000) tally.overDeadline += 1;
      check(body, tally);
    }
  };
  await Promise.all(Array.from({ length: 6 }, (_, index) => worker(index)));
  clearInterval(chaos);
  for (const api of APIS) sandbox.setApiLatency(api, 0);
  const heapAtEnd = heapMb();
  const counters = sandbox.counters();
  await server.stop();

  const upstreamCalls = APIS.reduce((sum, api) => sum + counters.calls[api], 0);
  console.log(`| figure | value |
|---|---|
| duration | ${seconds} s, 6 concurrent requests, 3 clients |
| responses | ${tally.responses} (${(tally.responses / seconds).toFixed(1)}/s) |
| malformed responses | ${tally.malformed} |
| responses with errors | ${tally.withErrors} |
| responses with staleData | ${tally.withStaleData} |
| error codes | ${format(tally.codes)} |
| error reasons | ${format(tally.reasons)} |
| slowest response | ${(tally.slowest / 1000).toFixed(2)} s (deadline ${DEADLINE_MS / 1000} s); ${tally.overDeadline} over deadline + 1 s |
| event-loop delay (shared by server, sandbox and load) | p99 ${(loopDelay.percentile(99) / 1e6).toFixed(0)} ms, max ${(loopDelay.max / 1e6).toFixed(0)} ms |
| upstream calls | ${upstreamCalls}, of which injected faults ${counters.faults} (${((100 * counters.faults) / Math.max(1, upstreamCalls)).toFixed(0)} %), 429 ${APIS.reduce((sum, api) => sum + counters.rateLimited[api], 0)}; tokens issued ${counters.tokens} |
| heap used (after GC) | start ${heapAtStart} MB, after warm-up (15 s) ${heapSamples[0] ?? '-'} MB, end ${heapAtEnd} MB |
| heap every 15 s (MB) | ${heapSamples.join(', ')} |`);
  return tally.malformed > 0 ? 1 : 0;
}

function check(body: string, tally: Tally): void {
  tally.responses += 1;
  let answer: {
    data?: unknown;
    errors?: { message?: unknown; extensions?: Record<string, unknown> }[];
    extensions?: Record<string, unknown>;
  };
  try {
    answer = JSON.parse(body);
  } catch {
    tally.malformed += 1;
    return;
  }
  const errors = answer.errors ?? [];
  const wellFormed =
    'data' in answer &&
    errors.every(
      (error) =>
        typeof error.message === 'string' &&
        !/UND_ERR|ECONN|ETIMEDOUT/.test(error.message) &&
        KNOWN_CODES.has(String(error.extensions?.code)),
    );
  if (!wellFormed) {
    tally.malformed += 1;
    if (tally.malformed <= 3) console.error(`malformed: ${body.slice(0, 500)}`);
    return;
  }
  if (errors.length > 0) tally.withErrors += 1;
  if (answer.extensions?.staleData) tally.withStaleData += 1;
  for (const error of errors) {
    const code = String(error.extensions?.code);
    tally.codes[code] = (tally.codes[code] ?? 0) + 1;
    const reason = String(error.extensions?.reason ?? '-');
    tally.reasons[reason] = (tally.reasons[reason] ?? 0) + 1;
  }
}

function heapMb(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return Math.round(process.memoryUsage().heapUsed / 1e5) / 10;
}

function format(counts: Record<string, number>): string {
  return Object.entries(counts)
    .sort((a, b) => b[1] - a[1])
    .map(([key, count]) => `${key} ${count}`)
    .join(', ');
}

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`soak failed: ${error instanceof Error ? error.stack : String(error)}`);
    process.exit(2);
  },
);
