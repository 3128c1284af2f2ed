import { Pool } from 'undici';
import { GRAPHQL_HEADERS } from '../support/graphql-post';
import { median } from '../support/statistics';
import type { LoadOptions, LoadSummary } from './load-protocol';

/**
 * An open-loop load at `overallRate` with evenly spaced arrivals, through at most `connections` connections.
 * autocannon's fixed rate sends each connection's share at the start of every second (all connections at once), so
 * its latencies are those of a burst; this one says what a steady stream at the same rate sees. Each latency counts
 * from the moment the request was due, so time spent queued for a free connection is included.
 */
export async function runEvenArrivals(options: LoadOptions): Promise<LoadSummary> {
  const rate = options.overallRate;
  if (!rate || rate <= 0) throw new Error('Even arrivals need an overallRate');
  const target = new URL(options.url);
  const pool = new Pool(target.origin, { connections: options.connections, pipelining: 1 });
  const latencies: number[] = [];
  let errors = 0;
  let non2xx = 0;
  let bytes = 0;
  const pending = new Set<Promise<void>>();
  const intervalMs = 1000 / rate;
  const startedAt = performance.now();
  const endsAt = startedAt + options.durationSec * 1000;
  let sent = 0;

  const send = (body: string, dueAt: number) => {
    const request = pool
      .request({ path: target.pathname + target.search, method: 'POST', headers: GRAPHQL_HEADERS, body })
      .then(async (response) => {
        const answer = await response.body.arrayBuffer();
        bytes += answer.byteLength;
        if (response.statusCode < 200 || response.statusCode >= 300) non2xx++;
        latencies.push(performance.now() - dueAt);
      })
      .catch(() => {
        errors++;
      })
      .finally(() => pending.delete(request));
    pending.add(request);
  };

  await new Promise<void>((resolve) => {
    const timer = setInterval(() => {
      const now = performance.now();
      const due = Math.min(
        Math.floor((Math.min(now, endsAt) - startedAt) / intervalMs) + 1,
        Math.ceil(options.durationSec * rate),
      );
      while (sent < due) {
        send(options.bodies[sent % options.bodies.length], startedAt + sent * intervalMs);
        sent++;
      }
      if (now >= endsAt) {
        clearInterval(timer);
        resolve();
      }
    }, 1);
  });
  await Promise.allSettled([...pending]);
  const elapsedSec = (performance.now() - startedAt) / 1000;
  await pool.close();
  latencies.sort((a, b) => a - b);
  const percentile = (p: number) =>
    latencies.length ? latencies[Math.min(latencies.length - 1, Math.ceil((p / 100) * latencies.length) - 1)] : 0;
  return {
    durationSec: elapsedSec,
    requests: latencies.length,
    requestsPerSec: latencies.length / elapsedSec,
    latencyP50Ms: median(latencies) || 0,
    latencyP99Ms: percentile(99),
    latencyMeanMs: latencies.length ? latencies.reduce((sum, value) => sum + value, 0) / latencies.length : 0,
    errors,
    timeouts: 0,
    non2xx,
    bytesPerResponse: latencies.length ? bytes / latencies.length : 0,
  };
}
