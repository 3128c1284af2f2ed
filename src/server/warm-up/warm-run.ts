import { Deadline, type RequestScope, type Upstream, type UpstreamApi, UpstreamRateLimitedError } from '../../upstream';
import { activityListTask, type WarmTask, warmTasks } from './warm-tasks';
import type { WarmPlan } from './warm-plan';
import { countingCalls } from './warm-tally';

/** The client the warm-up's calls are made for, in logs and in the quota queue's turns. */
export const WARM_UP_CLIENT = 'warm-up';
/** A warm-up call may wait long for its slot: nobody waits for it, and live calls go first. */
const CALL_DEADLINE_MS = 60_000;
/** Times a task refused by our own quota queue (live traffic took every slot) is tried again. */
const RATE_LIMITED_RETRIES = 3;
/** Most tasks of one API in flight at once: enough to keep its quota busy through each call's latency. */
const MAX_IN_FLIGHT = 8;

export interface ApiTally {
  planned: number;
  /** Loaded from France Travail by this run. */
  fetched: number;
  /** Fresh in the cache already (or loaded meanwhile by a live request): no call. */
  cached: number;
  failed: number;
}

export interface WarmProgress {
  done: number;
  total: number;
  /** Upstream calls this run made per second since it started. */
  callsPerSecond: number;
  /** What is left, at the warm-up's share of each API's quota, the APIs being warmed in parallel. */
  etaSeconds: number;
}

export interface WarmSummary {
  byApi: Partial<Record<UpstreamApi, ApiTally>>;
  /** Stopped before the end: what was not done is neither fetched, cached nor failed. */
  interrupted: boolean;
  elapsedMs: number;
  /** First failures, with the upstream error's message. */
  failures: { label: string; reason: string }[];
}

export interface WarmRunOptions {
  upstream: Upstream;
  plan: WarmPlan;
  /** Each API's quota, of which the warm-up takes `plan.quotaShare`. */
  quotas: Record<UpstreamApi, number>;
  /** Aborting stops taking new tasks; calls in flight finish and the summary is returned. */
  signal?: AbortSignal;
  onProgress?(progress: WarmProgress): void;
  /** How often progress is reported while running (default 250 ms); a last report comes at the end. */
  progressEveryMs?: number;
}

/**
 * Loads a plan into the shared cache through the same clients, cache and quota limiter the graph uses. Entries
 * already fresh cost nothing, so a run after an interrupted one only makes the calls that are left. Its calls are
 * background calls (live ones take quota slots first) and each API's lane keeps to `quotaShare` of its quota, the
 * rest staying for live traffic of every instance sharing the quota.
 */
export async function runWarmUp(options: WarmRunOptions): Promise<WarmSummary> {
  const { upstream, plan, signal } = options;
  const startedAt = performance.now();
  const run = new RunState(options);

  let occupations = plan.occupations === 'all' ? [] : plan.occupations;
  if (plan.occupations === 'all' && plan.indicators.length > 0) {
    const list = activityListTask();
    run.plan([list]);
    const { value } = await run.execute(list);
    occupations = ((value as { codeActivite: string }[] | undefined) ?? []).map((activity) => activity.codeActivite);
  }
  const tasks = warmTasks(plan, occupations, upstream).filter((task) => !run.has(task));
  run.plan(tasks);

  const ticker = setInterval(() => run.report(), options.progressEveryMs ?? 250);
  try {
    const lanes = new Map<UpstreamApi, WarmTask[]>();
    for (const task of tasks) lanes.set(task.api, [...(lanes.get(task.api) ?? []), task]);
    await Promise.all([...lanes].map(([api, lane]) => run.lane(api, lane)));
  } finally {
    clearInterval(ticker);
  }
  run.report();
  return {
    byApi: run.tallies,
    interrupted: signal?.aborted === true && !run.complete(),
    elapsedMs: performance.now() - startedAt,
    failures: run.failures,
  };
}

class RunState {
  readonly tallies: Partial<Record<UpstreamApi, ApiTally>> = {};
  readonly failures: { label: string; reason: string }[] = [];
  private readonly labels = new Set<string>();
  private readonly startedAt = performance.now();
  private calls = 0;
  private readonly scope: RequestScope;

  constructor(private readonly options: WarmRunOptions) {
    this.scope = { clientId: WARM_UP_CLIENT, priority: 'background' };
  }

  /** Every planned entry was loaded, found cached or failed. */
  complete(): boolean {
    return Object.values(this.tallies).every((tally) => tally.fetched + tally.cached + tally.failed === tally.planned);
  }

  has(task: WarmTask): boolean {
    return this.labels.has(task.label);
  }

  plan(tasks: WarmTask[]): void {
    for (const task of tasks) {
      this.labels.add(task.label);
      this.tallyOf(task.api).planned += 1;
    }
  }

  /** One lane per API: at most `share × quota` calls a second, a few in flight to cover each call's latency. */
  async lane(api: UpstreamApi, tasks: WarmTask[]): Promise<void> {
    const rate = this.rateOf(api);
    const intervalMs = 1000 / rate;
    let nextStartAt = performance.now();
    let index = 0;
    const stopped = () => this.options.signal?.aborted === true;
    const worker = async () => {
      while (index < tasks.length && !stopped()) {
        // Workers that wake together pass one at a time: the first moves the gate on by one slot.
        for (let waitMs = nextStartAt - performance.now(); waitMs > 0; waitMs = nextStartAt - performance.now()) {
          await this.pause(waitMs);
          if (stopped()) return;
        }
        if (index >= tasks.length) return;
        const task = tasks[index];
        index += 1;
        const claim = performance.now() + intervalMs;
        nextStartAt = claim;
        const { calls } = await this.execute(task);
        // Only calls are paced: an entry found in the cache gives its slot back, if nobody has claimed after it.
        if (calls === 0 && nextStartAt === claim) nextStartAt = performance.now();
        else if (calls > 1) nextStartAt = Math.max(nextStartAt, performance.now()) + (calls - 1) * intervalMs;
      }
    };
    const inFlight = Math.max(1, Math.min(MAX_IN_FLIGHT, Math.ceil(rate / 2), tasks.length));
    await Promise.all(Array.from({ length: inFlight }, worker));
  }

  /** Runs one task and tallies it: the calls it made, and what it loaded (undefined when it failed). */
  async execute(task: WarmTask): Promise<{ calls: number; value?: unknown }> {
    const tally = this.tallyOf(task.api);
    for (let attempt = 0; ; attempt += 1) {
      try {
        const scope = { ...this.scope, deadline: Deadline.after(CALL_DEADLINE_MS) };
        const { value, calls } = await countingCalls(scope, (counted) => task.run(this.options.upstream, counted));
        this.calls += calls;
        if (calls > 0) tally.fetched += 1;
        else tally.cached += 1;
        return { calls, value };
      } catch (error) {
        const queueFull = error instanceof UpstreamRateLimitedError && error.reason === 'LOCAL_QUOTA_QUEUE';
        if (queueFull && attempt < RATE_LIMITED_RETRIES && !this.options.signal?.aborted) {
          await this.pause(1000 * (attempt + 1));
          continue;
        }
        tally.failed += 1;
        if (this.failures.length < 20)
          this.failures.push({ label: task.label, reason: error instanceof Error ? error.message : String(error) });
        return { calls: 0 };
      }
    }
  }

  report(): void {
    const onProgress = this.options.onProgress;
    if (!onProgress) return;
    let done = 0;
    let total = 0;
    let etaSeconds = 0;
    for (const [api, tally] of Object.entries(this.tallies) as [UpstreamApi, ApiTally][]) {
      const finished = tally.fetched + tally.cached + tally.failed;
      done += finished;
      total += tally.planned;
      etaSeconds = Math.max(etaSeconds, (tally.planned - finished) / this.rateOf(api));
    }
    const elapsedSeconds = (performance.now() - this.startedAt) / 1000;
    onProgress({
      done,
      total,
      callsPerSecond: elapsedSeconds > 0 ? this.calls / elapsedSeconds : 0,
      etaSeconds,
    });
  }

  private rateOf(api: UpstreamApi): number {
    return this.options.quotas[api] * this.options.plan.quotaShare;
  }

  private tallyOf(api: UpstreamApi): ApiTally {
    this.tallies[api] ??= { planned: 0, fetched: 0, cached: 0, failed: 0 };
    return this.tallies[api];
  }

  /** Sleeps, cut short by an interrupt. */
  private pause(ms: number): Promise<void> {
    const signal = this.options.signal;
    if (signal?.aborted) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      signal?.addEventListener('abort', done, { once: true });
    });
  }
}
