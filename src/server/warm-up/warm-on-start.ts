import { readFileSync } from 'node:fs';
import type { Upstream, UpstreamApi } from '../../upstream';
import { sleep } from '../../upstream/core/sleep';
import { logger } from '../observability/logger';
import { parseWarmPlan, parseWarmPlanString, type WarmPlan, WarmPlanError } from './warm-plan';
import { type WarmSummary, runWarmUp } from './warm-run';

/** WARM_QUOTA_SHARE, checked: the part of each API's quota a warm-up may use. */
export function quotaShareFrom(env: Record<string, string | undefined>): number | undefined {
  const raw = env.WARM_QUOTA_SHARE?.trim();
  if (!raw) return undefined;
  const share = Number(raw);
  if (!(share > 0 && share <= 1))
    throw new WarmPlanError(`WARM_QUOTA_SHARE must be above 0 and at most 1; got "${raw}".`);
  return share;
}

/**
 * WARM_ON_START: a plan string (`--departement 75 --all --indicators tension,salaries`) or the path of a JSON file
 * holding the same options as an object (`{ "departement": ["75"], "all": true, "indicators": ["tension"] }`).
 */
export function planOnStart(value: string, quotaShare?: number): WarmPlan {
  if (!value.endsWith('.json')) return parseWarmPlanString(value, { quotaShare });
  let options: unknown;
  try {
    options = JSON.parse(readFileSync(value, 'utf8'));
  } catch {
    throw new WarmPlanError(`WARM_ON_START names a JSON plan that cannot be read: ${value}.`);
  }
  if (typeof options !== 'object' || options === null || Array.isArray(options))
    throw new WarmPlanError(
      'A JSON warm-up plan is an object of options, e.g. { "departement": ["75"], "all": true }.',
    );
  const argv = Object.entries(options).flatMap(([name, option]) => {
    if (option === true) return [`--${name}`];
    if (option === false || option === null) return [];
    return [`--${name}`, Array.isArray(option) ? option.join(',') : String(option)];
  });
  return parseWarmPlan(argv, { quotaShare });
}

/**
 * Longest a shutdown waits for the warm-up's calls in flight: a background call may be queued behind live traffic
 * for long, and what it would load is not worth holding the shutdown for.
 */
const STOP_WAIT_MS = 2000;

export interface BackgroundWarmUp {
  /** Resolves with the summary when the run ends (undefined when the plan could not be read); never rejects. */
  done: Promise<WarmSummary | undefined>;
  /** Stops taking new entries and waits a little for those in flight (they fail once the clients close). */
  stop(): Promise<void>;
}

/**
 * Runs the plan behind the server's back once it is ready: it never delays readiness (it starts after), logs its
 * progress every 10 % and its summary, and a failure of any kind is logged, never thrown.
 */
export function warmInBackground(options: {
  upstream: Upstream;
  plan: string;
  quotaShare?: number;
  quotas: Record<UpstreamApi, number>;
}): BackgroundWarmUp {
  const controller = new AbortController();
  const done = (async (): Promise<WarmSummary | undefined> => {
    // Once the start-up that called this has finished and said it is ready.
    await new Promise((resolve) => setImmediate(resolve));
    let plan: WarmPlan;
    try {
      plan = planOnStart(options.plan, options.quotaShare);
    } catch (error) {
      logger().error(
        { event: 'warm_up_plan_invalid', reason: error instanceof Error ? error.message : String(error) },
        'WARM_ON_START holds no usable plan; no warm-up runs',
      );
      return undefined;
    }
    logger().info({ event: 'warm_up_started' }, 'cache warm-up started in the background');
    let lastStep = -1;
    try {
      const summary = await runWarmUp({
        upstream: options.upstream,
        plan: { ...plan, dryRun: false },
        quotas: options.quotas,
        signal: controller.signal,
        progressEveryMs: 1000,
        onProgress(progress) {
          const step = progress.total > 0 ? Math.floor((progress.done / progress.total) * 10) : 10;
          if (step === lastStep) return;
          lastStep = step;
          logger().info(
            {
              event: 'warm_up_progress',
              done: progress.done,
              total: progress.total,
              callsPerSecond: Math.round(progress.callsPerSecond * 10) / 10,
              etaSeconds: Math.round(progress.etaSeconds),
            },
            `cache warm-up ${step * 10} %`,
          );
        },
      });
      logger().info(
        {
          event: 'warm_up_done',
          interrupted: summary.interrupted,
          elapsedMs: Math.round(summary.elapsedMs),
          byApi: summary.byApi,
          failures: summary.failures,
        },
        summary.interrupted ? 'cache warm-up stopped' : 'cache warm-up done',
      );
      return summary;
    } catch (error) {
      logger().error(
        { event: 'warm_up_failed', reason: error instanceof Error ? error.message : String(error) },
        'cache warm-up failed; the server serves on, filling the cache as queries come',
      );
      return undefined;
    }
  })();
  return {
    done,
    async stop() {
      controller.abort();
      await Promise.race([done, sleep(STOP_WAIT_MS)]);
    },
  };
}
