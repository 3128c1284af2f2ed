import autocannon from 'autocannon';
import { GRAPHQL_HEADERS } from '../support/graphql-post';
import { runEvenArrivals } from './even-arrivals';
import type { LoadOptions, LoadSummary, ParentMessage, WorkerMessage } from './load-protocol';

/**
 * The load generator (autocannon, or evenly spaced arrivals), run as its own process so that its CPU never counts
 * as the server's and never shares an event loop with it. The parent sends one `run` message and reads one `result`.
 */
function send(message: WorkerMessage): void {
  process.send?.(message);
}

function requestsFor(bodies: string[], offset = 0): autocannon.Request[] {
  return bodies.map((_, i) => ({ method: 'POST', body: bodies[(i + offset) % bodies.length] }));
}

/**
 * Gives each connection its own starting point in the rotation, spread evenly, once it has its first answer.
 * Without it every connection would walk the rotation in lockstep and send the same body at the same time, which
 * flatters servers that share identical in-flight requests. Request buffers stay prebuilt, so the generator's own
 * cost per request does not change with the rotation.
 */
function spreadRotation(instance: autocannon.Instance, bodies: string[], connections: number): void {
  if (bodies.length === 1) return;
  const placed = new WeakSet<object>();
  let nextClient = 0;
  instance.on('response', (client: autocannon.Client) => {
    if (placed.has(client)) return;
    placed.add(client);
    client.setRequests(requestsFor(bodies, Math.floor((nextClient++ * bodies.length) / connections)));
  });
}

async function run(options: LoadOptions): Promise<LoadSummary> {
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url,
        connections: options.connections,
        duration: options.durationSec,
        overallRate: options.overallRate,
        headers: { ...GRAPHQL_HEADERS },
        requests: requestsFor(options.bodies),
        timeout: 30,
      },
      (error, finished) => (error ? reject(error) : resolve(finished)),
    );
    spreadRotation(instance, options.bodies, options.connections);
  });
  const requests = result.requests.total;
  return {
    durationSec: result.duration,
    requests,
    requestsPerSec: result.duration > 0 ? requests / result.duration : 0,
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    latencyMeanMs: result.latency.mean,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    bytesPerResponse: requests > 0 ? result.throughput.total / requests : 0,
  };
}

process.on('message', (message: ParentMessage) => {
  if (message.type !== 'run') return;
  (message.options.arrivals === 'even' ? runEvenArrivals(message.options) : run(message.options)).then(
    (summary) => send({ type: 'result', summary }),
    (error: unknown) => send({ type: 'failed', message: error instanceof Error ? error.message : String(error) }),
  );
});
send({ type: 'ready' });
// The benchmark is gone (ended or killed): nothing left to measure for.
process.on('disconnect', () => process.exit(0));
