import { startSandbox } from '../../sandbox';
import { createUpstream, type Upstream } from '../../upstream';
import { upstreamConfig } from '../app';
import { loadConfig } from '../config';
import { parseWarmPlan, WARM_USAGE, type WarmPlan, WarmPlanError } from './warm-plan';
import { dryRunTable, progressReporter, summaryTable } from './warm-report';
import { runWarmUp } from './warm-run';
import { activityListTask, territoryNames, warmTasks } from './warm-tasks';
import { quotaShareFrom } from './warm-on-start';

export interface WarmCommandIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Progress is a bar redrawn in place on a terminal, one line per 10 % otherwise. */
  stderrIsTty: boolean;
  /** Aborted on SIGINT: calls in flight finish, the summary is printed. */
  signal?: AbortSignal;
}

/** Exit codes: 0 all loaded, 1 some entries failed, 2 bad arguments or configuration, 130 interrupted. */
export async function warmCommand(
  argv: readonly string[],
  env: Record<string, string | undefined>,
  io: WarmCommandIo,
): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout(`${WARM_USAGE}\n`);
    return 0;
  }
  let plan: WarmPlan;
  let config: ReturnType<typeof loadConfig>;
  try {
    plan = parseWarmPlan(argv, { quotaShare: quotaShareFrom(env) });
  } catch (error) {
    if (!(error instanceof WarmPlanError)) throw error;
    io.stderr(`${error.message}\n\n${WARM_USAGE}\n`);
    return 2;
  }
  try {
    config = loadConfig(env);
  } catch (error) {
    io.stderr(`Configuration: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }

  const sandbox =
    config.mode === 'sandbox' && !config.upstream.endpoints
      ? await startSandbox({ port: 0, dataDir: config.sandbox.dataDir, latencyMs: config.sandbox.latencyMs })
      : undefined;
  let upstream: Upstream | undefined;
  try {
    upstream = await createUpstream(upstreamConfig(config, sandbox));
    if (!config.upstream.redisUrl && !plan.dryRun)
      io.stderr(
        'REDIS_URL is not set: this run fills its own process memory, which no server reads. ' +
          'Set REDIS_URL (and the servers’ CACHE_PREFIX) to warm the cache they share, or use WARM_ON_START.\n',
      );
    io.stderr(`${describe(plan)}\n`);
    if (plan.dryRun) {
      const occupations =
        plan.occupations === 'all' && plan.indicators.length > 0
          ? (await upstream.marche.listActivites('ROME')).map((activity) => activity.codeActivite)
          : plan.occupations === 'all'
            ? []
            : plan.occupations;
      const tasks = warmTasks(plan, occupations, upstream);
      if (plan.occupations === 'all' && plan.indicators.length > 0 && !plan.referentials.includes('marche'))
        tasks.unshift(activityListTask());
      io.stdout(dryRunTable(tasks, config.upstream.quotas, plan.quotaShare));
      return 0;
    }
    const summary = await runWarmUp({
      upstream,
      plan,
      quotas: config.upstream.quotas,
      signal: io.signal,
      onProgress: progressReporter(io.stderr, { tty: io.stderrIsTty }),
    });
    if (io.stderrIsTty) io.stderr('\n');
    io.stdout(summaryTable(summary));
    if (summary.interrupted) return 130;
    return Object.values(summary.byApi).some((tally) => tally.failed > 0) ? 1 : 0;
  } finally {
    await upstream?.close();
    await sandbox?.close();
  }
}

function describe(plan: WarmPlan): string {
  const parts: string[] = [];
  if (plan.referentials.length > 0) parts.push(`referentials: ${plan.referentials.join(', ')}`);
  if (plan.territories.length > 0) parts.push(`territories: ${territoryNames(plan.territories)}`);
  if (plan.indicators.length > 0) {
    const occupations =
      plan.occupations === 'all' ? 'every occupation Marché publishes' : plan.occupations.join(', ') || 'none';
    parts.push(`figures: ${plan.indicators.join(', ')}`, `occupations: ${occupations}`);
  }
  parts.push(`quota share: ${Math.round(plan.quotaShare * 100)} %`);
  return `Warm-up plan — ${parts.join('; ')}`;
}
