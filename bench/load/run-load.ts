import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { cpuTimeMs } from '../support/proc-stats';
import type { LoadOptions, LoadSummary, ParentMessage, WorkerMessage } from './load-protocol';

export interface MeasuredLoad extends LoadSummary {
  /** CPU milliseconds the measured server processes (and their descendants) spent per completed request. */
  cpuMsPerRequest: number;
  /** Same, for processes watched but not counted as the server (the shared upstream sandbox). */
  sideCpuMsPerRequest?: number;
}

export interface MeasureOptions extends LoadOptions {
  /** Processes whose CPU is the server's: a gateway and its subgraphs are summed. */
  serverPids: number[];
  sidePids?: number[];
}

/**
 * A load generator in its own child process, reused for many runs. The server's CPU time is read from /proc just
 * before the load starts and just after it ends, so the generator's start-up is never counted.
 */
export class LoadGenerator {
  private constructor(private readonly worker: ChildProcess) {}

  static async start(): Promise<LoadGenerator> {
    const worker = fork(path.join(__dirname, 'load-worker.js'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    try {
      await nextMessage(worker, 'ready');
    } catch (error) {
      worker.kill('SIGKILL');
      throw error;
    }
    return new LoadGenerator(worker);
  }

  /** The generator's own process, e.g. to keep it off the cores the server runs on. */
  get pid(): number {
    return this.worker.pid ?? -1;
  }

  async measure(options: MeasureOptions): Promise<MeasuredLoad> {
    const { serverPids, sidePids, ...load } = options;
    const serverBefore = cpuTimeMs(serverPids);
    const sideBefore = sidePids ? cpuTimeMs(sidePids) : 0;
    this.worker.send({ type: 'run', options: load } satisfies ParentMessage);
    const message = await nextMessage(this.worker, 'result');
    const serverCpu = cpuTimeMs(serverPids) - serverBefore;
    const sideCpu = sidePids ? cpuTimeMs(sidePids) - sideBefore : 0;
    const summary = (message as Extract<WorkerMessage, { type: 'result' }>).summary;
    const perRequest = (cpu: number) => (summary.requests > 0 ? cpu / summary.requests : Number.NaN);
    return {
      ...summary,
      cpuMsPerRequest: perRequest(serverCpu),
      sideCpuMsPerRequest: sidePids ? perRequest(sideCpu) : undefined,
    };
  }

  close(): void {
    if (this.worker.exitCode === null && this.worker.signalCode === null) this.worker.kill('SIGKILL');
  }
}

/** One run with a generator of its own. */
export async function measureLoad(options: MeasureOptions): Promise<MeasuredLoad> {
  const generator = await LoadGenerator.start();
  try {
    return await generator.measure(options);
  } finally {
    generator.close();
  }
}

function nextMessage(worker: ChildProcess, type: WorkerMessage['type']): Promise<WorkerMessage> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: WorkerMessage) => {
      if (message.type === 'failed')
        return settle(() => reject(new Error(`load generator failed: ${message.message}`)));
      if (message.type === type) settle(() => resolve(message));
    };
    const onExit = (code: number | null) => settle(() => reject(new Error(`load generator exited (code ${code})`)));
    const settle = (action: () => void) => {
      worker.off('message', onMessage);
      worker.off('exit', onExit);
      action();
    };
    worker.on('message', onMessage);
    worker.once('exit', onExit);
  });
}
