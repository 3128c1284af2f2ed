import type { RunningServer } from '../../src/server/app';
import { startSandbox, type Sandbox } from '../../src/sandbox';
import { postQuery, startTestServer, type GraphResponse } from '../support/graph-server';
import { connectTestRedis, deleteKeysUnder, keysUnder, uniqueKeyPrefix } from '../upstream/support/redis';
import {
  ChildProcessGroup,
  type ChildService,
  countersDelta,
  deploymentEnv,
  startGraphProcess,
  upstreamMetrics,
} from './graph-processes';

/**
 * Every ROME product's whole list, offers per appellation, a work context, a competence: one call per ROME API.
 * (The version, a second call of the Métiers API, is left out: at 1 call/s a call that the CPU-starved machine
 * delays on its way can reach the sandbox less than a second before the next one, which then draws a 429.)
 */
const EVERY_ROME_LIST = /* GraphQL */ `
  query EveryRomeList {
    occupation(code: "M1805") {
      code label
      workContexts { category contexts { code } }
      competenceGroups { stake { code } competences { code } }
      appellations { code offers(first: 2) { totalCount } }
    }
    workContext(code: "403091") { code label }
    competence(code: "100240") { code occupations { code } }
  }
`;

/** Offres searches, Marché tension and the territory's catalogue entry: one cold key per département. */
const LOCAL_MARKET = /* GraphQL */ `
  query LocalMarket($departement: String!) {
    offers(filter: { departement: $departement, romeCodes: ["M1805"] }, first: 20) { totalCount edges { node { id } } }
    territory(type: DEPARTEMENT, code: $departement) { name tension(occupation: "M1805") { level } }
  }
`;

const ROME_LIST_ROUTES = [
  'GET /rome-metiers/v1/metiers/metier',
  'GET /rome-fiches-metiers/v1/fiches-rome/fiche-metier',
  'GET /rome-competences/v1/competences/competence',
  'GET /rome-contextes-travail/v1/situations-travail/contexte-travail',
];

const BURST_DEPARTEMENTS = ['35', '29', '22', '56', '44', '75', '69', '13'];
/** Each burst query is sent this many times at once, each copy to a different instance when there are three. */
const COPIES = 3;
const CHURN_DEPARTEMENTS = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '14', '15', '16'];

const seconds = (ms: number) => Math.round(ms / 100) / 10;

describe('three instances behind one Redis, against the sandbox at the real quotas', () => {
  const group = new ChildProcessGroup();
  const singlePrefix = uniqueKeyPrefix('scale-out-single');
  const clusterPrefix = uniqueKeyPrefix('scale-out-cluster');
  const figures: Record<string, unknown> = {};
  // One sandbox each, so that call counters and quota buckets of the two deployments never mix.
  let singleSandbox: Sandbox;
  let clusterSandbox: Sandbox;
  // The one-instance reference runs in this process: upstream calls depend on the cache, not on the process.
  let single: RunningServer;
  let cluster: ChildService[];

  beforeAll(async () => {
    [singleSandbox, clusterSandbox] = await Promise.all([startSandbox({ port: 0 }), startSandbox({ port: 0 })]);
    const startedAt = performance.now();
    // The three start cold at the same moment (the reference meanwhile, which saves the test time).
    [cluster, single] = await Promise.all([
      Promise.all([1, 2, 3].map((n) => startGraphProcess(group, `instance ${n}`, clusterSandbox, clusterPrefix))),
      startTestServer(deploymentEnv(singleSandbox, singlePrefix)),
    ]);
    figures.clusterStartSeconds = seconds(performance.now() - startedAt);
  }, 120_000);

  afterAll(async () => {
    console.log(`scale-out figures: ${JSON.stringify(figures)}`);
    await group.stopAll();
    await single?.stop();
    await Promise.all([singleSandbox?.close(), clusterSandbox?.close()]);
    const redis = await connectTestRedis();
    await deleteKeysUnder(redis, singlePrefix);
    await deleteKeysUnder(redis, clusterPrefix);
    const left = [...(await keysUnder(redis, singlePrefix)), ...(await keysUnder(redis, clusterPrefix))];
    await redis.close();
    expect(left).toEqual([]);
  });

  async function measured<T>(sandbox: Sandbox, work: () => Promise<T>) {
    const before = sandbox.counters();
    const startedAt = performance.now();
    const result = await work();
    return {
      result,
      wallSeconds: seconds(performance.now() - startedAt),
      ...countersDelta(before, sandbox.counters()),
    };
  }

  const errorsOf = (answers: GraphResponse[]) => answers.flatMap((answer) => answer.errors ?? []);

  test('starting cold at once, the three fetch each whole ROME list once, as one instance does', async () => {
    const alone = await measured(singleSandbox, () => postQuery(single.url, EVERY_ROME_LIST));
    const together = await measured(clusterSandbox, () =>
      Promise.all(cluster.map((instance) => postQuery(instance.url!, EVERY_ROME_LIST))),
    );
    expect(alone.result.errors).toBeUndefined();
    expect(errorsOf(together.result)).toEqual([]);
    for (const answer of together.result) expect(answer.data).toEqual(alone.result.data);
    const listCalls = (byRoute: Record<string, number>) => ROME_LIST_ROUTES.map((route) => [route, byRoute[route]]);
    const oncePerList = ROME_LIST_ROUTES.map((route) => [route, 1]);
    expect(listCalls(alone.byRoute)).toEqual(oncePerList);
    if (JSON.stringify(listCalls(together.byRoute)) !== JSON.stringify(oncePerList)) {
      // Each instance's own count of upstream calls and cache lookups tells which one loaded again, and why.
      for (const instance of cluster) console.log(instance.name, await upstreamMetrics(instance));
    }
    expect(listCalls(together.byRoute)).toEqual(oncePerList);
    figures.romeQuery = {
      callsPerListOneInstance: ROME_LIST_ROUTES.map((route) => alone.byRoute[route]),
      callsPerListThreeInstances: ROME_LIST_ROUTES.map((route) => together.byRoute[route]),
      servedCallsOneInstance: alone.total - alone.rateLimited,
      servedCallsThreeInstances: together.total - together.rateLimited,
      routesOneInstance: alone.byRoute,
      routesThreeInstances: together.byRoute,
      rateLimited: alone.rateLimited + together.rateLimited,
      wallSecondsOneInstance: alone.wallSeconds,
      wallSecondsThreeInstances: together.wallSeconds,
    };
    // Served calls: the query's 16 cold Offres searches exceed the client's burst, and a call the machine delays on
    // its way by more than one interval (100 ms) can draw a 429 that is then waited out and retried, with one
    // instance as with three. The burst below stays within the bucket and checks there are none.
    expect(together.total - together.rateLimited).toBe(alone.total - alone.rateLimited);
  }, 60_000);

  test('a burst of cold queries spread over the three draws no 429 and costs what it costs one instance', async () => {
    const burst = BURST_DEPARTEMENTS.flatMap((departement) =>
      Array.from({ length: COPIES }, (_, copy) => ({ departement, copy })),
    );
    const alone = await measured(singleSandbox, () =>
      Promise.all(burst.map(({ departement }) => postQuery(single.url, LOCAL_MARKET, { departement }))),
    );
    const spread = await measured(clusterSandbox, () =>
      Promise.all(burst.map(({ departement, copy }) => postQuery(cluster[copy]!.url!, LOCAL_MARKET, { departement }))),
    );
    figures.burst = {
      queries: burst.length,
      upstreamCallsOneInstance: alone.total,
      upstreamCallsThreeInstances: spread.total,
      rateLimited: alone.rateLimited + spread.rateLimited,
      wallSecondsOneInstance: alone.wallSeconds,
      wallSecondsThreeInstances: spread.wallSeconds,
    };
    expect(errorsOf(alone.result)).toEqual([]);
    expect(errorsOf(spread.result)).toEqual([]);
    expect(spread.result.map((answer) => answer.data)).toEqual(alone.result.map((answer) => answer.data));
    expect(alone.rateLimited).toBe(0);
    expect(spread.rateLimited).toBe(0);
    expect(alone.total).toBeGreaterThanOrEqual(BURST_DEPARTEMENTS.length);
    expect(spread.byRoute).toEqual(alone.byRoute);
  }, 60_000);

  test('an instance killed and another started during a load: no error on the live ones', async () => {
    // The load balancer's view: only instances that passed their health check get requests.
    const live = new Set(cluster);
    const answered = new Map<ChildService, number>();
    const failures: string[] = [];
    let next = 0;
    let stopped = false;
    const pick = () => {
      const candidates = [...live];
      return candidates[next++ % candidates.length]!;
    };
    const client = async () => {
      while (!stopped) {
        const instance = pick();
        const departement = CHURN_DEPARTEMENTS[next % CHURN_DEPARTEMENTS.length]!;
        try {
          const answer = await postQuery(instance.url!, LOCAL_MARKET, { departement });
          // Requests already sent to the killed instance are lost with it; a balancer would retry them.
          if (!live.has(instance)) continue;
          if (answer.errors) failures.push(`${instance.name}: ${JSON.stringify(answer.errors)}`);
          answered.set(instance, (answered.get(instance) ?? 0) + 1);
          // A steady load rather than a flood, which would only slow the newcomer's start on a small machine.
          await new Promise((resolve) => setTimeout(resolve, 100));
        } catch (error) {
          if (live.has(instance)) failures.push(`${instance.name}: ${String(error)}`);
        }
      }
    };
    const before = clusterSandbox.counters();
    const startedAt = performance.now();
    const clients = Array.from({ length: 3 }, () => client());

    await new Promise((resolve) => setTimeout(resolve, 1000));
    const victim = cluster[0]!;
    live.delete(victim);
    process.kill(victim.pid, 'SIGKILL');
    const newcomer = await startGraphProcess(group, 'instance 4', clusterSandbox, clusterPrefix);
    live.add(newcomer);
    while ((answered.get(newcomer) ?? 0) < 3 && performance.now() - startedAt < 100_000) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    stopped = true;
    await Promise.all(clients);

    const load = countersDelta(before, clusterSandbox.counters());
    expect(failures).toEqual([]);
    expect(answered.get(newcomer) ?? 0).toBeGreaterThanOrEqual(3);
    for (const survivor of cluster.slice(1)) expect(answered.get(survivor) ?? 0).toBeGreaterThan(0);
    expect(load.rateLimited).toBe(0);
    figures.churn = {
      answeredByLiveInstances: [...answered.values()].reduce((sum, n) => sum + n, 0),
      newcomerReadyAfterSeconds: seconds(newcomer.readyAfterMs),
      rateLimited: load.rateLimited,
      wallSeconds: seconds(performance.now() - startedAt),
    };
  }, 120_000);
});
