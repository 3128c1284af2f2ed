import { spawn, type ChildProcess } from 'node:child_process';

/** Output kept per child for error messages; enough for a start-up failure, small enough to never grow. */
const OUTPUT_TAIL_CHARS = 8_000;

export interface StartOptions {
  /** A label for messages, e.g. "subgraph offers". */
  name: string;
  /** Arguments to `node` (script first). */
  args: string[];
  env?: Record<string, string | undefined>;
  cwd?: string;
  /** Resolves once a line of output matches; the first capture group, if any, becomes `url`. */
  readyLine?: RegExp;
  /** Or: resolves once this probe succeeds (polled). */
  readyProbe?: () => Promise<boolean>;
  /** Pause between two probes; 50 ms unless told. */
  probeIntervalMs?: number;
  timeoutMs?: number;
}

export interface ChildService {
  name: string;
  pid: number;
  /** From the ready line's capture group, when there is one. */
  url?: string;
  /** Milliseconds from spawn to ready. */
  readyAfterMs: number;
  outputTail(): string;
  stop(): Promise<void>;
}

/**
 * Every process the benchmark starts goes through one group, so that all of them are stopped on success, on error
 * and on Ctrl-C; each is stopped by its own pid.
 */
export class ChildProcessGroup {
  private readonly children = new Set<ChildProcess>();

  async start(options: StartOptions): Promise<ChildService> {
    const spawnedAt = performance.now();
    const child = spawn(process.execPath, options.args, {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    if (child.pid === undefined) {
      const error = await new Promise<Error>((resolve) => child.once('error', resolve));
      throw new Error(`${options.name} could not be started: ${error.message}`);
    }
    this.children.add(child);
    child.once('exit', () => this.children.delete(child));
    let tail = '';
    const lineListeners = new Set<(line: string) => void>();
    const reader = () => {
      let partial = '';
      return (chunk: Buffer) => {
        const text = chunk.toString('utf8');
        tail = (tail + text).slice(-OUTPUT_TAIL_CHARS);
        if (lineListeners.size === 0) return;
        const lines = (partial + text).split('\n');
        partial = lines.pop() ?? '';
        for (const line of lines) for (const listener of lineListeners) listener(line);
      };
    };
    // Always drain both pipes: a child blocked on a full pipe would stall the measurement.
    child.stdout!.on('data', reader());
    child.stderr!.on('data', reader());
    const service: ChildService = {
      name: options.name,
      pid: child.pid,
      readyAfterMs: Number.NaN,
      outputTail: () => tail,
      stop: () => this.stopChild(child),
    };
    try {
      await waitUntilReady(child, options, lineListeners, (url) => (service.url = url));
    } catch (error) {
      await this.stopChild(child);
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(
        `${options.name} did not become ready: ${reason}\n--- the end of its output ---\n${lastLines(tail)}`,
      );
    }
    service.readyAfterMs = performance.now() - spawnedAt;
    return service;
  }

  async stopAll(): Promise<void> {
    await Promise.all([...this.children].map((child) => this.stopChild(child)));
  }

  /** Synchronous last resort for process 'exit': no time left to wait for a graceful stop. */
  killAllNow(): void {
    for (const child of this.children) {
      if (child.exitCode === null && child.signalCode === null && child.pid !== undefined) {
        try {
          process.kill(child.pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }
    }
  }

  private async stopChild(child: ChildProcess): Promise<void> {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const forced = setTimeout(() => child.kill('SIGKILL'), 3_000);
    await exited;
    clearTimeout(forced);
    this.children.delete(child);
  }
}

/** The last lines a child printed, without stack frames: enough to say why it failed. */
function lastLines(output: string, count = 20): string {
  return output
    .split('\n')
    .filter((line) => line.trim() && !/^\s+at\s/.test(line))
    .slice(-count)
    .join('\n');
}

function waitUntilReady(
  child: ChildProcess,
  options: StartOptions,
  lineListeners: Set<(line: string) => void>,
  setUrl: (url: string) => void,
): Promise<void> {
  const timeoutMs = options.timeoutMs ?? 60_000;
  return new Promise<void>((resolve, reject) => {
    let settled = false;
    const finish = (error?: Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      lineListeners.clear();
      child.off('exit', onExit);
      if (error) reject(error);
      else resolve();
    };
    const onExit = (code: number | null, signal: string | null) =>
      finish(new Error(`exited early (code ${code}, signal ${signal})`));
    child.once('exit', onExit);
    const timer = setTimeout(() => finish(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
    if (options.readyLine) {
      const pattern = options.readyLine;
      lineListeners.add((line) => {
        const match = pattern.exec(line);
        if (!match) return;
        if (match[1]) setUrl(match[1]);
        finish();
      });
    } else if (options.readyProbe) {
      const probe = options.readyProbe;
      const poll = async () => {
        while (!settled) {
          if (await probe().catch(() => false)) return finish();
          await new Promise((r) => setTimeout(r, options.probeIntervalMs ?? 50));
        }
      };
      void poll();
    } else {
      finish();
    }
  });
}

/** Stops every child on Ctrl-C / SIGTERM / unexpected exit of the benchmark itself. */
export function stopChildrenOnExit(group: ChildProcessGroup): () => void {
  const onSignal = (signal: NodeJS.Signals) => {
    console.error(`\nbenchmark interrupted (${signal}); stopping child processes`);
    void group.stopAll().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  const onExit = () => group.killAllNow();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  process.once('exit', onExit);
  return () => {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    process.off('exit', onExit);
  };
}
