/** Messages between the benchmark and its load-generator child process. */

export interface LoadOptions {
  url: string;
  /** JSON bodies, sent in rotation; one body is the identical-query load. */
  bodies: string[];
  connections: number;
  durationSec: number;
  /** Fixed offered load (requests per second over all connections); unset means as fast as answers come. */
  overallRate?: number;
  /** autocannon (default), or evenly spaced arrivals at overallRate (see even-arrivals.ts). */
  arrivals?: 'autocannon' | 'even';
}

export interface LoadSummary {
  durationSec: number;
  /** Completed responses. */
  requests: number;
  requestsPerSec: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  latencyMeanMs: number;
  /** Connection errors and timeouts. */
  errors: number;
  timeouts: number;
  non2xx: number;
  /** Average bytes read per response; a sudden change means the server answered something else (errors). */
  bytesPerResponse: number;
}

export type WorkerMessage =
  | { type: 'ready' }
  | { type: 'result'; summary: LoadSummary }
  | { type: 'failed'; message: string };
export type ParentMessage = { type: 'run'; options: LoadOptions };
