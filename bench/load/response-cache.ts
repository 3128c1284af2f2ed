import type { BenchSection } from '../report-types';
import type { ChildProcessGroup } from '../support/child-processes';
import { expectData } from '../support/graphql-post';
import { round } from '../support/statistics';
import { q1 } from '../workloads';
import { LoadGenerator, type MeasuredLoad } from './run-load';
import { startStandaloneSandbox } from './standalone-sandbox';
import { startGraphServer } from './variants';

export interface ResponseCacheBenchOptions {
  quick: boolean;
  group: ChildProcessGroup;
  log?: (line: string) => void;
}

const CONNECTIONS = 50;

/**
 * The identical-load figure (Q1, same operation and variables, autocannon) with RESPONSE_CACHE off and =memory,
 * in the same run against one standalone sandbox: what the whole-answer cache saves over the upstream caches alone.
 */
export async function measureResponseCache(options: ResponseCacheBenchOptions): Promise<BenchSection> {
  const log = options.log ?? (() => undefined);
  const durationSec = options.quick ? 1.5 : 8;
  const warmSec = options.quick ? 0.5 : 2;
  const sandbox = await startStandaloneSandbox(options.group);
  const request = q1().requests[0]!;
  const bodies = [JSON.stringify(request)];
  const generator = await LoadGenerator.start();
  const measured: Record<'off' | 'memory', MeasuredLoad> = {} as never;
  try {
    for (const store of ['off', 'memory'] as const) {
      const server = await startGraphServer(options.group, `travail-graph RESPONSE_CACHE=${store}`, {
        ...sandbox.clientEnv,
        RESPONSE_CACHE: store,
      });
      try {
        await expectData(server.url, request);
        const load = { url: server.url, bodies, serverPids: [server.pid] };
        await generator.measure({ ...load, connections: 4, durationSec: warmSec });
        measured[store] = await generator.measure({ ...load, connections: CONNECTIONS, durationSec });
        log(
          `  RESPONSE_CACHE=${store}: ${Math.round(measured[store].requestsPerSec)} req/s, p99 ${measured[store].latencyP99Ms} ms`,
        );
      } finally {
        await server.stop();
      }
    }
  } finally {
    generator.close();
    await sandbox.service.stop();
  }
  const { off, memory } = measured;
  return {
    title: `Response cache (Q1 identical, autocannon, ${CONNECTIONS} connections)`,
    rows: [
      {
        figure: 'Q1 identical, req/s, RESPONSE_CACHE=memory',
        travailGraph: round(memory.requestsPerSec, 0),
        baselineName: 'RESPONSE_CACHE off (default)',
        baseline: round(off.requestsPerSec, 0),
        ratio: off.requestsPerSec > 0 ? round(memory.requestsPerSec / off.requestsPerSec, 2) : null,
        target: '— (information)',
        met: null,
      },
      {
        figure: 'Q1 identical, p99 ms, RESPONSE_CACHE=memory',
        travailGraph: memory.latencyP99Ms,
        baselineName: 'RESPONSE_CACHE off (default)',
        baseline: off.latencyP99Ms,
        ratio: off.latencyP99Ms > 0 ? round(memory.latencyP99Ms / off.latencyP99Ms, 2) : null,
        target: '— (information)',
        met: null,
      },
      {
        figure: 'Q1 identical, CPU ms/request, RESPONSE_CACHE=memory',
        travailGraph: round(memory.cpuMsPerRequest, 3),
        baselineName: 'RESPONSE_CACHE off (default)',
        baseline: round(off.cpuMsPerRequest, 3),
        ratio: off.cpuMsPerRequest > 0 ? round(memory.cpuMsPerRequest / off.cpuMsPerRequest, 2) : null,
        target: '— (information)',
        met: null,
      },
    ],
    raw: { durationSec, connections: CONNECTIONS, off, memory },
  };
}
