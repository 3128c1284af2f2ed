import type { UpstreamApi } from '../../upstream';
import type { WarmProgress, WarmSummary } from './warm-run';
import type { WarmTask } from './warm-tasks';

const BAR_WIDTH = 30;

/** `[██████░░░░] 120/400  8.0 calls/s  ETA 35 s`, rewritten in place on a terminal. */
export function progressBar(progress: WarmProgress): string {
  const ratio = progress.total > 0 ? progress.done / progress.total : 1;
  const filled = Math.round(ratio * BAR_WIDTH);
  return (
    `[${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)}] ${progress.done}/${progress.total}` +
    `  ${progress.callsPerSecond.toFixed(1)} calls/s  ETA ${duration(progress.etaSeconds)}`
  );
}

/**
 * Reports progress as a bar redrawn in place on a terminal, or, when output is a file or a pipe, as one line each
 * time another `stepPercent` of the plan is done.
 */
export function progressReporter(
  write: (text: string) => void,
  options: { tty: boolean; stepPercent?: number },
): (progress: WarmProgress) => void {
  const step = options.stepPercent ?? 10;
  let lastStep = -1;
  return (progress) => {
    if (options.tty) {
      write(`\r${progressBar(progress)}\x1b[K`);
      return;
    }
    const percent = progress.total > 0 ? Math.floor((progress.done / progress.total) * 100) : 100;
    const reached = Math.floor(percent / step);
    if (reached === lastStep) return;
    lastStep = reached;
    write(
      `${percent}% ${progress.done}/${progress.total}, ${progress.callsPerSecond.toFixed(1)} calls/s, ` +
        `ETA ${duration(progress.etaSeconds)}\n`,
    );
  };
}

/** The summary table: per API, what was planned, fetched, already cached and failed. */
export function summaryTable(summary: WarmSummary): string {
  const rows = (Object.entries(summary.byApi) as [UpstreamApi, NonNullable<WarmSummary['byApi'][UpstreamApi]>][]).map(
    ([api, tally]) => [api, tally.planned, tally.fetched, tally.cached, tally.failed].map(String),
  );
  const total = ['total', 'planned', 'fetched', 'cached', 'failed'].map((_, column) =>
    column === 0 ? 'total' : String(rows.reduce((sum, row) => sum + Number(row[column]), 0)),
  );
  const lines = table(['API', 'planned', 'fetched', 'already cached', 'failed'], [...rows, total]);
  const outcome = summary.interrupted ? 'Interrupted' : 'Done';
  lines.push(`${outcome} in ${duration(summary.elapsedMs / 1000)}.`);
  if (summary.interrupted) lines.push('Run the same plan again to load what is left: what is cached is skipped.');
  for (const failure of summary.failures) lines.push(`failed: ${failure.label}: ${failure.reason}`);
  return `${lines.join('\n')}\n`;
}

/** The dry run: the plan's calls per API and how long they take at the warm-up's share of each quota. */
export function dryRunTable(
  tasks: readonly WarmTask[],
  quotas: Record<UpstreamApi, number>,
  quotaShare: number,
): string {
  const calls = new Map<UpstreamApi, number>();
  for (const task of tasks) calls.set(task.api, (calls.get(task.api) ?? 0) + 1);
  let longest = 0;
  const rows = [...calls].map(([api, count]) => {
    const rate = quotas[api] * quotaShare;
    longest = Math.max(longest, count / rate);
    return [api, String(count), `${rate.toFixed(1)}/s`, duration(count / rate)];
  });
  const lines = table(['API', 'calls at most', 'warm-up rate', 'time'], rows);
  lines.push(
    `${tasks.length} cache entries; at most ${duration(longest)} with the APIs in parallel ` +
      `(entries already cached cost no call and no time).`,
  );
  return `${lines.join('\n')}\n`;
}

function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column])))
      .join('  ');
  return [line(header), ...rows.map(line)];
}

export function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  if (seconds < 60) return `${seconds.toFixed(seconds < 10 ? 1 : 0)} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min ${Math.round(seconds % 60)} s`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}
