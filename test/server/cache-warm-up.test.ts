import type { RunningServer } from '../../src/server/app';
import { warmCommand } from '../../src/server/warm-up/warm-command';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { planOnStart } from '../../src/server/warm-up/warm-on-start';
import { parseWarmPlan, WarmPlanError } from '../../src/server/warm-up/warm-plan';
import { progressReporter, summaryTable } from '../../src/server/warm-up/warm-report';
import { runWarmUp, type WarmProgress, type WarmSummary } from '../../src/server/warm-up/warm-run';
import { DEFAULT_QUOTAS } from '../../src/upstream';
import { type GraphResponse, startTestServer } from '../support/graph-server';
import { connectTestRedis, deleteKeysUnder, REDIS_URL, uniqueKeyPrefix } from '../upstream/support/redis';

/** The graph's own limit on aliases per document: tension queries for many occupations go in chunks of it. */
const ALIASES_PER_QUERY = 40;

async function postWithCost(url: string, query: string): Promise<{ answer: GraphResponse; ms: number }> {
  const startedAt = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', 'x-upstream-cost': '1' },
    body: JSON.stringify({ query }),
  });
  const answer = (await response.json()) as GraphResponse;
  return { answer, ms: performance.now() - startedAt };
}

/** The tension of each occupation in a département, as one query per 40 occupations; upstream calls they cost. */
async function tensionQueries(url: string, departement: string, occupations: string[]) {
  let upstreamCalls = 0;
  let figures = 0;
  for (let start = 0; start < occupations.length; start += ALIASES_PER_QUERY) {
    const chunk = occupations.slice(start, start + ALIASES_PER_QUERY);
    const fields = chunk.map((code) => `${code}: tension(occupation: "${code}") { year level }`).join('\n');
    const { answer } = await postWithCost(
      url,
      `{ territory(type: DEPARTEMENT, code: "${departement}") { ${fields} } }`,
    );
    expect(answer.errors).toBeUndefined();
    upstreamCalls += answer.extensions!.upstreamCost.upstreamCalls;
    figures += Object.values(answer.data!.territory).filter((tension) => tension !== null).length;
  }
  return { upstreamCalls, figures };
}

const served = (server: RunningServer) => {
  const counters = server.sandbox!.counters();
  return counters.calls.marche - counters.rateLimited.marche;
};

function silentIo() {
  let stdout = '';
  let stderr = '';
  return {
    io: {
      stdout: (text: string) => {
        stdout += text;
      },
      stderr: (text: string) => {
        stderr += text;
      },
      stderrIsTty: false,
    },
    out: () => stdout,
    err: () => stderr,
  };
}

describe('warm-up plan arguments', () => {
  test.each([
    [['--departement', '20', '--all'], /"20" is not a département/],
    [['--departement', '35', '--rome', 'M18'], /"M18" is not a ROME code/],
    [['--departement', '35', '--all', '--indicators', 'tensions'], /Unknown indicator "tensions"/],
    [['--rome', 'M1805'], /need territories/],
    [['--departement', '35'], /need occupations/],
    [['--departement', '35', '--all', '--share', '1.5'], /--share must be/],
    [['--frobnicate'], /Unknown option "--frobnicate"/],
    [[], /Nothing to warm/],
  ])('%j exits 2 with a message and the usage', async (argv, message) => {
    const { io, err } = silentIo();
    expect(await warmCommand(argv, {}, io)).toBe(2);
    expect(err()).toMatch(message);
    expect(err()).toContain('Usage: npm run warm');
  });

  test('a plan names territories, occupations and indicators; unknown names are refused', () => {
    const plan = parseWarmPlan(['--departement=75,69', '--region', '11', '--national', '--all', '--indicators', 'all']);
    expect(plan.territories.map((territory) => territory.id)).toEqual([
      expect.stringContaining('75'),
      expect.stringContaining('69'),
      expect.stringContaining('11'),
      expect.stringContaining('FR'),
    ]);
    expect(plan.occupations).toBe('all');
    expect(plan.indicators).toEqual(['tension', 'salaries', 'DE_1', 'DE_5', 'OFF_1', 'EMB_1', 'DYN_1']);
    expect(() => parseWarmPlan(['--referentials', 'rome,nope'])).toThrow(WarmPlanError);
  });
});

describe('WARM_ON_START plans and the reports', () => {
  test('a JSON plan holds the same options as the command line', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'warm-plan-')), 'plan.json');
    writeFileSync(path, JSON.stringify({ departement: ['75', '69'], all: true, indicators: ['tension', 'DE_1'] }));
    expect(planOnStart(path, 0.5)).toMatchObject({
      occupations: 'all',
      indicators: ['tension', 'DE_1'],
      quotaShare: 0.5,
    });
    expect(planOnStart('--region 53 --rome M1805')).toMatchObject({ occupations: ['M1805'], indicators: ['tension'] });
    expect(() => planOnStart(join(tmpdir(), 'no-such-plan.json'))).toThrow(/cannot be read/);
  });

  test('without a terminal, progress is one line per 10 %; the summary is a table per API', () => {
    const lines: string[] = [];
    const report = progressReporter((text) => lines.push(text), { tty: false });
    for (let done = 0; done <= 40; done += 1)
      report({ done, total: 40, callsPerSecond: 8, etaSeconds: (40 - done) / 8 });
    expect(lines).toHaveLength(11);
    expect(lines[5]).toBe('50% 20/40, 8.0 calls/s, ETA 2.5 s\n');
    const table = summaryTable({
      byApi: { marche: { planned: 40, fetched: 30, cached: 9, failed: 1 } },
      interrupted: false,
      elapsedMs: 5000,
      failures: [{ label: 'PERSP_2 DEPARTEMENT 75 M1805', reason: 'Marché du travail did not answer' }],
    });
    expect(table).toMatch(
      /^API\s+planned\s+fetched\s+already cached\s+failed\nmarche\s+40\s+30\s+9\s+1\ntotal\s+40\s+30\s+9\s+1\n/,
    );
    expect(table).toContain('failed: PERSP_2 DEPARTEMENT 75 M1805: Marché du travail did not answer');
  });
});

describe('warming a département’s tension for all its occupations', () => {
  let server: RunningServer;
  let occupations: string[];
  beforeAll(async () => {
    server = await startTestServer();
    occupations = (await server.upstream!.marche.listActivites('ROME')).map((activity) => activity.codeActivite);
  });
  afterAll(() => server?.stop());

  const plan = () => parseWarmPlan(['--departement', '35', '--all', '--share', '1']);

  test('loads every tension once; a second run fetches nothing; the query then costs no upstream call', async () => {
    const before = served(server);
    const progress: WarmProgress[] = [];
    const first = await runWarmUp({
      upstream: server.upstream!,
      plan: plan(),
      quotas: DEFAULT_QUOTAS,
      onProgress: (report) => progress.push(report),
      progressEveryMs: 100,
    });
    // The activity list was read before the test began: it comes from the cache.
    expect(first.byApi.marche).toEqual({
      planned: occupations.length + 1,
      fetched: occupations.length,
      cached: 1,
      failed: 0,
    });
    expect(served(server) - before).toBe(occupations.length);
    expect(first.interrupted).toBe(false);
    // Progress goes up to the whole plan, with an ETA from the quota that shrinks to nothing.
    expect(progress.at(-1)).toMatchObject({
      done: occupations.length + 1,
      total: occupations.length + 1,
      etaSeconds: 0,
    });
    const early = progress.find((report) => report.done > 0 && report.done < report.total);
    expect(early?.etaSeconds).toBeGreaterThan(0);
    expect(early!.etaSeconds).toBeLessThanOrEqual((occupations.length + 1) / DEFAULT_QUOTAS.marche);

    const second = await runWarmUp({ upstream: server.upstream!, plan: plan(), quotas: DEFAULT_QUOTAS });
    expect(second.byApi.marche).toMatchObject({ fetched: 0, cached: occupations.length + 1, failed: 0 });
    expect(served(server) - before).toBe(occupations.length);

    const warmed = await tensionQueries(server.url, '35', occupations);
    expect(warmed.upstreamCalls).toBe(0);
    expect(warmed.figures).toBeGreaterThan(0);
  }, 90_000);

  test('a live query during a warm-up run takes its quota slots first', async () => {
    const controller = new AbortController();
    let latest: WarmProgress | undefined;
    const running = runWarmUp({
      upstream: server.upstream!,
      plan: parseWarmPlan(['--departement', '69', '--all', '--share', '1']),
      quotas: DEFAULT_QUOTAS,
      signal: controller.signal,
      onProgress: (report) => {
        latest = report;
      },
      progressEveryMs: 10,
    });
    while ((latest?.done ?? 0) < 10) await new Promise((resolve) => setTimeout(resolve, 20));

    // Twenty cold tensions in another département: twenty Marché calls while the warm-up saturates Marché's quota.
    const live = occupations.slice(0, 20);
    const fields = live.map((code) => `${code}: tension(occupation: "${code}") { year }`).join('\n');
    const doneBefore = latest!.done;
    const { answer, ms } = await postWithCost(server.url, `{ territory(type: DEPARTEMENT, code: "44") { ${fields} } }`);
    const warmedMeanwhile = latest!.done - doneBefore;
    controller.abort();
    const summary = await running;

    expect(answer.errors).toBeUndefined();
    expect(answer.extensions!.upstreamCost.upstreamCallsByApi.marche).toBe(20);
    // Turn by turn with the live client the warm-up would load a dozen entries meanwhile; behind live calls it only
    // finishes the call or two it already held a slot for.
    expect(warmedMeanwhile).toBeLessThanOrEqual(3);
    // Twenty slots at ten a second, with room for a loaded machine: bounded, not stuck behind the warm-up's backlog.
    expect(ms).toBeLessThan(4000);
    expect(summary.interrupted).toBe(true);
  }, 90_000);
});

describe('an interrupted warm-up, run again', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server?.stop());

  test('completes with the remaining calls only', async () => {
    const plan = parseWarmPlan(['--departement', '29', '--all', '--share', '1']);
    const before = served(server);
    const controller = new AbortController();
    const first = await runWarmUp({
      upstream: server.upstream!,
      plan,
      quotas: DEFAULT_QUOTAS,
      signal: controller.signal,
      progressEveryMs: 10,
      onProgress: (report) => {
        if (report.done >= 20) controller.abort();
      },
    });
    expect(first.interrupted).toBe(true);
    const firstFetched = first.byApi.marche!.fetched;
    expect(firstFetched).toBeGreaterThanOrEqual(20);
    expect(firstFetched).toBeLessThan(first.byApi.marche!.planned);
    expect(served(server) - before).toBe(firstFetched);

    const second = await runWarmUp({ upstream: server.upstream!, plan, quotas: DEFAULT_QUOTAS });
    const total = second.byApi.marche!.planned;
    expect(second.interrupted).toBe(false);
    expect(second.byApi.marche).toEqual({
      planned: total,
      fetched: total - firstFetched,
      cached: firstFetched,
      failed: 0,
    });
    // Every entry fetched exactly once over both runs.
    expect(served(server) - before).toBe(total);
  }, 90_000);
});

describe('WARM_ON_START', () => {
  test('runs the plan in the background once the server is ready; queries then cost nothing upstream', async () => {
    const server = await startTestServer({
      WARM_ON_START: '--departement 44 --rome M1805,F1603 --indicators tension,salaries',
    });
    try {
      const summary = (await server.warmUp!.done) as WarmSummary;
      // Two tensions, the département's salaries and the indicator catalogue salaries are checked against.
      expect(summary.byApi.marche).toEqual({ planned: 4, fetched: 4, cached: 0, failed: 0 });
      const { answer } = await postWithCost(
        server.url,
        `{ territory(type: DEPARTEMENT, code: "44") {
             a: tension(occupation: "M1805") { year } b: tension(occupation: "F1603") { year }
             salaries(occupations: ["M1805", "F1603"]) { occupationCode average } } }`,
      );
      expect(answer.errors).toBeUndefined();
      expect(answer.extensions!.upstreamCost.upstreamCalls).toBe(0);
    } finally {
      await server.stop();
    }
  }, 60_000);

  test('a plan it cannot read is logged and the server serves on', async () => {
    const server = await startTestServer({ WARM_ON_START: '--departement 20 --all' });
    try {
      expect(await server.warmUp!.done).toBeUndefined();
      const { answer } = await postWithCost(server.url, '{ __typename }');
      expect(answer.data).toEqual({ __typename: 'Query' });
    } finally {
      await server.stop();
    }
  });
});

describe('npm run warm, then a server sharing its Redis', () => {
  const prefix = uniqueKeyPrefix('warm-up');
  afterAll(async () => {
    const redis = await connectTestRedis();
    await deleteKeysUnder(redis, prefix);
    await redis.close();
  });

  test('the server reads what the command loaded: no upstream call', async () => {
    const env = { REDIS_URL, CACHE_PREFIX: prefix, REQUEST_DEADLINE_MS: '30000' };
    const { io, out } = silentIo();
    expect(await warmCommand(['--departement', '35', '--rome', 'M1805,F1603,K2204'], env, io)).toBe(0);
    expect(out()).toMatch(/marche\s+3\s+3\s+0\s+0/);

    const server = await startTestServer(env);
    try {
      const { upstreamCalls, figures } = await tensionQueries(server.url, '35', ['M1805', 'F1603', 'K2204']);
      expect(upstreamCalls).toBe(0);
      expect(figures).toBeGreaterThan(0);
    } finally {
      await server.stop();
    }
    const again = silentIo();
    expect(await warmCommand(['--departement', '35', '--rome', 'M1805,F1603,K2204'], env, again.io)).toBe(0);
    expect(again.out()).toMatch(/marche\s+3\s+0\s+3\s+0/);
  }, 60_000);
});
