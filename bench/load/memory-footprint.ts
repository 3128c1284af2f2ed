import { existsSync } from 'node:fs';
import type { BenchSection } from '../report-types';
import type { ChildProcessGroup } from '../support/child-processes';
import { expectData, type GraphqlRequest } from '../support/graphql-post';
import { COLLECT_SIGNAL } from '../support/collect-on-signal';
import { memoryUsage, waitUntilIdle, type MemoryUsage } from '../support/proc-stats';
import { distScript, repoPath } from '../support/repo-paths';
import { round } from '../support/statistics';
import { q1, q2, variedQ1 } from '../workloads';
import { measureLoad } from './run-load';
import { startStandaloneSandbox } from './standalone-sandbox';
import { startGraphServer } from './variants';

export interface MemoryOptions {
  quick: boolean;
  group: ChildProcessGroup;
  log?: (line: string) => void;
}

const RSS_TARGET_MB = 300;
const FIRST_REQUEST_ATTEMPTS = 5;
const FIGURE =
  'Memory: RSS of the server (a) at rest after Q1 and Q2 warm and a full collection, full ROME referential (server process only)';
/** Occupations whose Q2 (tension and offers in every région) is warmed besides the default one. */
const Q2_OCCUPATIONS = ['M1805', 'M1811', 'G1609', 'J1506', 'N1101', 'D1102'];

/**
 * Figure 4: resident memory of the graph process alone. The full open data lives in a standalone sandbox, so the
 * simulator's own tables are not counted as the server's.
 */
/**
 * The first request loads the whole ROME lists; on a busy machine that can outlast the request's own deadline.
 * The load goes on regardless, so the request is asked again until it is answered, rather than failing the figure.
 */
async function answeredOnceLoaded(url: string, request: GraphqlRequest): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await expectData(url, request, 60_000);
      return;
    } catch (error) {
      if (attempt >= FIRST_REQUEST_ATTEMPTS) throw error;
      await new Promise((resolve) => setTimeout(resolve, 2_000));
    }
  }
}

export async function measureServerMemory(options: MemoryOptions): Promise<BenchSection> {
  const title = 'Memory';
  const dataDir = repoPath('..', 'shared', 'data');
  if (!existsSync(dataDir)) {
    return {
      title,
      rows: [
        {
          figure: FIGURE,
          travailGraph: 'skipped: ../shared/data is absent',
          baselineName: '—',
          baseline: null,
          ratio: null,
          target: `≤ ${RSS_TARGET_MB} MB`,
          met: null,
        },
      ],
      raw: { skipped: `${dataDir} not found` },
    };
  }
  const log = options.log ?? (() => undefined);
  const sandbox = await startStandaloneSandbox(options.group, { dataDir });
  try {
    const server = await startGraphServer(options.group, 'travail-graph (a), full data', {
      ...sandbox.clientEnv,
      NODE_OPTIONS: `--expose-gc --require ${distScript('bench/support/collect-on-signal.js')}`,
    });
    /** Resident memory once the server has collected its garbage (see collect-on-signal). */
    const afterCollection = async (): Promise<MemoryUsage> => {
      await waitUntilIdle([server.pid], { maxMs: 10_000 });
      process.kill(server.pid, COLLECT_SIGNAL);
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      await waitUntilIdle([server.pid], { maxMs: 10_000 });
      return memoryUsage(server.pid);
    };
    try {
      const q1Requests = [...q1().requests, ...variedQ1(options.quick ? 12 : 60)];
      const q2Requests = Q2_OCCUPATIONS.flatMap((code) => q2(code).requests);
      await answeredOnceLoaded(server.url, q1Requests[0]);
      for (const request of [...q1Requests, ...q2Requests]) await expectData(server.url, request, 60_000);
      const afterWarm = memoryUsage(server.pid);
      const atRest = await afterCollection();
      // Under load the heap grows to its working size: measure there too, as production would run.
      const load = await measureLoad({
        url: server.url,
        bodies: [...q1Requests, ...q2Requests].map((request) => JSON.stringify(request)),
        connections: 50,
        durationSec: options.quick ? 2 : 8,
        serverPids: [server.pid],
      });
      const afterLoad = memoryUsage(server.pid);
      const afterLoadAtRest = await afterCollection();
      const mb = (bytes: number) => round(bytes / 1024 / 1024, 1);
      log(
        `  RSS after warm ${mb(afterWarm.rssBytes)} MB, at rest ${mb(atRest.rssBytes)} MB; ` +
          `right after load ${mb(afterLoad.rssBytes)} MB (peak ${mb(afterLoad.peakRssBytes)} MB), at rest ${mb(afterLoadAtRest.rssBytes)} MB`,
      );
      return {
        title,
        rows: [
          {
            figure: FIGURE,
            travailGraph: `${mb(atRest.rssBytes)} MB`,
            baselineName: 'target',
            baseline: null,
            ratio: null,
            target: `≤ ${RSS_TARGET_MB} MB`,
            met: mb(atRest.rssBytes) <= RSS_TARGET_MB,
          },
          {
            figure: 'Memory: RSS of the server (a) right after Q1 and Q2 warm, garbage not yet collected (information)',
            travailGraph: `${mb(afterWarm.rssBytes)} MB`,
            baselineName: '—',
            baseline: null,
            ratio: null,
            target: '—',
            met: null,
          },
          {
            figure: 'Memory: RSS of the server (a) right after 50 connections of Q1+Q2 load (information)',
            travailGraph: `${mb(afterLoad.rssBytes)} MB (peak ${mb(afterLoad.peakRssBytes)} MB, ${Math.round(load.requestsPerSec)} req/s served; ${mb(afterLoadAtRest.rssBytes)} MB once collected)`,
            baselineName: '—',
            baseline: null,
            ratio: null,
            target: '—',
            met: null,
          },
        ],
        raw: {
          dataDir,
          warmedRequests: q1Requests.length + q2Requests.length,
          afterWarm,
          atRest,
          afterLoad,
          afterLoadAtRest,
          load,
        },
      };
    } finally {
      await server.stop();
    }
  } finally {
    await sandbox.service.stop();
  }
}
