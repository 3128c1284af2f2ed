import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** Reads CPU time and memory of processes from Linux /proc; the benchmark measures servers from outside. */

let clockTicksPerSecond: number | undefined;

function ticksPerSecond(): number {
  if (clockTicksPerSecond === undefined) {
    try {
      clockTicksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      clockTicksPerSecond = 100;
    }
  }
  return clockTicksPerSecond;
}

interface ProcStat {
  ppid: number;
  /** utime + stime, in clock ticks. */
  cpuTicks: number;
}

function readStat(pid: number): ProcStat | undefined {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined;
  }
  // The command name (field 2) may contain spaces and parentheses: fields start after the last ')'.
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  return { ppid: Number(fields[1]), cpuTicks: Number(fields[11]) + Number(fields[12]) };
}

/** The given processes and every process below them. */
export function processTree(rootPids: number[]): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readStat(Number(entry));
    if (!stat) continue;
    const list = children.get(stat.ppid) ?? [];
    list.push(Number(entry));
    children.set(stat.ppid, list);
  }
  const seen = new Set<number>();
  const pending = [...rootPids];
  while (pending.length) {
    const pid = pending.pop()!;
    if (seen.has(pid)) continue;
    seen.add(pid);
    pending.push(...(children.get(pid) ?? []));
  }
  return [...seen];
}

/** User + system CPU time consumed so far by these processes and their descendants, in milliseconds. */
export function cpuTimeMs(rootPids: number[]): number {
  let ticks = 0;
  for (const pid of processTree(rootPids)) ticks += readStat(pid)?.cpuTicks ?? 0;
  return (ticks * 1000) / ticksPerSecond();
}

export interface MemoryUsage {
  rssBytes: number;
  /** Highest RSS the process reached (VmHWM). */
  peakRssBytes: number;
}

export function memoryUsage(pid: number): MemoryUsage {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kilobytes = (field: string) =>
    Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN);
  return { rssBytes: kilobytes('VmRSS') * 1024, peakRssBytes: kilobytes('VmHWM') * 1024 };
}

/**
 * Waits until these processes are idle (together under `busyShare` of one core over `windowMs`), up to `maxMs`.
 * A server keeps working on requests that were in flight when the load generator stopped; the next measurement
 * must not share the CPU with that tail.
 */
export async function waitUntilIdle(
  pids: number[],
  options: { windowMs?: number; busyShare?: number; maxMs?: number } = {},
): Promise<{ idle: boolean; waitedMs: number }> {
  const windowMs = options.windowMs ?? 250;
  const busyShare = options.busyShare ?? 0.05;
  const maxMs = options.maxMs ?? 30_000;
  const startedAt = performance.now();
  let before = cpuTimeMs(pids);
  while (performance.now() - startedAt < maxMs) {
    await new Promise((resolve) => setTimeout(resolve, windowMs));
    const after = cpuTimeMs(pids);
    if (after - before <= windowMs * busyShare) return { idle: true, waitedMs: performance.now() - startedAt };
    before = after;
  }
  return { idle: false, waitedMs: performance.now() - startedAt };
}
