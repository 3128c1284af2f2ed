import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { measureColdFloor } from './cold-floor';
import { measureResponseCache } from './load/response-cache';
import { measureServerMemory } from './load/memory-footprint';
import { measureObservabilityCost } from './load/observability-cost';
import { measureStartup } from './load/startup-time';
import { measureWarmThroughput } from './load/warm-throughput';
import type { BenchSection } from './report-types';
import { ChildProcessGroup, stopChildrenOnExit } from './support/child-processes';
import { renderBenchTable } from './support/markdown-table';
import { repoPath } from './support/repo-paths';
import { measureUpstreamCost } from './upstream-cost';
import { createLogger, useLogger } from '../src/server/observability/logger';

/**
 * `npm run bench [-- --quick] [-- --only warm,memory]`: every figure of the benchmark in one markdown table on
 * stdout (progress goes to stderr), raw measurements in bench/results.json. Quick mode runs each scenario for a
 * few seconds to prove the benchmark still works; its figures are not meant to be read.
 */
type StepName = 'upstream' | 'cold' | 'warm' | 'observability' | 'response-cache' | 'memory' | 'startup';

interface Step {
  name: StepName;
  title: string;
  run: () => Promise<BenchSection>;
}

async function main(): Promise<number> {
  // Servers started in this process log to stderr, beside the progress lines: stdout carries only the table.
  useLogger(createLogger({ level: process.env.LOG_LEVEL || 'warn', format: 'json', destination: process.stderr }));
  const quick = process.argv.includes('--quick');
  const only = selectedSteps(process.argv);
  const group = new ChildProcessGroup();
  const releaseSignals = stopChildrenOnExit(group);
  const startedAt = Date.now();
  const log = (line: string) =>
    console.error(`[${String(Math.round((Date.now() - startedAt) / 1000)).padStart(4)} s] ${line}`);
  const steps: Step[] = [
    { name: 'upstream', title: 'Upstream cost', run: () => measureUpstreamCost({ quick, log }) },
    { name: 'cold', title: 'Cold floor', run: () => measureColdFloor({ quick, group, log }) },
    { name: 'warm', title: 'Warm throughput and latency', run: () => measureWarmThroughput({ quick, group, log }) },
    {
      name: 'observability',
      title: 'Observability cost',
      run: () => measureObservabilityCost({ quick, group, log }),
    },
    {
      name: 'response-cache',
      title: 'Response cache',
      run: () => measureResponseCache({ quick, group, log }),
    },
    { name: 'memory', title: 'Memory', run: () => measureServerMemory({ quick, group, log }) },
    { name: 'startup', title: 'Start-up', run: () => measureStartup({ quick, group, log }) },
  ];
  const sections: BenchSection[] = [];
  const timings: Record<string, number> = {};
  let failed = 0;
  try {
    for (const step of steps.filter((candidate) => !only || only.has(candidate.name))) {
      const stepStartedAt = Date.now();
      log(`▶ ${step.title}${quick ? ' (quick)' : ''}`);
      try {
        sections.push(await step.run());
      } catch (error) {
        failed++;
        const message = error instanceof Error ? error.message : String(error);
        log(`✖ ${step.title} failed: ${message}`);
        sections.push({
          title: step.title,
          rows: [
            {
              figure: `${step.title}: failed`,
              travailGraph: message.split('\n')[0],
              baselineName: '—',
              baseline: null,
              ratio: null,
              target: '—',
              met: false,
            },
          ],
        });
      } finally {
        await group.stopAll();
      }
      timings[step.name] = Math.round((Date.now() - stepStartedAt) / 1000);
      log(`  ${step.title}: ${timings[step.name]} s`);
    }
  } finally {
    await group.stopAll();
    releaseSignals();
  }
  const date = new Date().toISOString();
  const cores = os.cpus().length;
  const totalSec = Math.round((Date.now() - startedAt) / 1000);
  console.log(`\n## travail-graph benchmark${quick ? ' (quick mode: figures not meaningful)' : ''}\n`);
  console.log(
    `${date} · ${cores} cores (${os.cpus()[0]?.model.trim() ?? 'unknown CPU'}) · Node ${process.version} · ${totalSec} s\n`,
  );
  console.log(renderBenchTable(sections));
  const resultsFile = repoPath('bench', 'results.json');
  writeFileSync(
    resultsFile,
    `${JSON.stringify({ date, mode: quick ? 'quick' : 'full', cores, cpu: os.cpus()[0]?.model.trim(), node: process.version, totalSec, stepSeconds: timings, sections }, null, 2)}\n`,
  );
  log(`\nRaw figures written to ${resultsFile}`);
  return failed ? 1 : 0;
}

function selectedSteps(argv: string[]): Set<StepName> | undefined {
  const index = argv.indexOf('--only');
  const value = index >= 0 ? argv[index + 1] : argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);
  if (!value) return undefined;
  const names = value.split(',').map((name) => name.trim());
  const known: StepName[] = ['upstream', 'cold', 'warm', 'observability', 'response-cache', 'memory', 'startup'];
  const unknown = names.filter((name) => !known.includes(name as StepName));
  if (unknown.length) throw new Error(`--only takes ${known.join(', ')}; got ${unknown.join(', ')}`);
  return new Set(names as StepName[]);
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`benchmark crashed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
