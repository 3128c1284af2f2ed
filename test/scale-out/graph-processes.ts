import path from 'node:path';
import { ChildProcessGroup, type ChildService } from '../../bench/support/child-processes';
import type { Sandbox, SandboxCounters } from '../../src/sandbox';
import { REDIS_URL } from '../upstream/support/redis';

export { ChildProcessGroup, type ChildService };

const repoRoot = path.resolve(__dirname, '../..');

/**
 * travail-graph's environment as a deployment sets it against a France Travail it does not own (the sandbox),
 * sharing `cachePrefix` in Redis with its peers, with the client quotas left at their defaults (the real ones).
 */
export function deploymentEnv(sandbox: Sandbox, cachePrefix: string): Record<string, string> {
  return {
    PORT: '0',
    HOST: '127.0.0.1',
    FT_CLIENT_ID: sandbox.credentials.clientId,
    FT_CLIENT_SECRET: sandbox.credentials.clientSecret,
    FT_TOKEN_URL: sandbox.tokenUrl,
    FT_API_BASE_URL: sandbox.apiBaseUrl,
    REDIS_URL,
    CACHE_PREFIX: cachePrefix,
    // Generous on a loaded test machine: the test is about call counts and errors, not latency. On a CPU-starved
    // machine an attempt that outlasts FT_TIMEOUT_MS is retried (a second call of the same list), and a Redis
    // command that outlasts REDIS_TIMEOUT_MS makes an instance skip Redis and load on its own.
    REQUEST_DEADLINE_MS: '40000',
    FT_TIMEOUT_MS: '30000',
    REDIS_TIMEOUT_MS: '5000',
  };
}

/** travail-graph as its own process, run from the TypeScript sources. */
export function startGraphProcess(
  group: ChildProcessGroup,
  name: string,
  sandbox: Sandbox,
  cachePrefix: string,
): Promise<ChildService> {
  return group.start({
    name,
    cwd: repoRoot,
    args: ['-r', path.join(repoRoot, 'test/support/typescript-child.cjs'), path.join(repoRoot, 'src/server/main.ts')],
    env: { ...deploymentEnv(sandbox, cachePrefix), LOG_LEVEL: 'info' },
    readyLine: /travail-graph ready at (http[^\s"]+)/,
    // Starting several at once on a busy machine is slow; the test measures calls, not start-up time.
    timeoutMs: 100_000,
  });
}

/** What the sandbox answered between two snapshots, per route and per API. */
export function countersDelta(before: SandboxCounters, after: SandboxCounters) {
  const diff = (a: Record<string, number>, b: Record<string, number>) =>
    Object.fromEntries(
      Object.keys(b)
        .map((key) => [key, b[key]! - (a[key] ?? 0)] as const)
        .filter(([, count]) => count !== 0),
    );
  return {
    byRoute: diff(before.byRoute, after.byRoute),
    rateLimited: Object.values(diff(before.rateLimited, after.rateLimited)).reduce((sum, n) => sum + n, 0),
    total: after.total - before.total,
  };
}

/** An instance's upstream call and cache lookup counters, from its /metrics. */
export async function upstreamMetrics(instance: ChildService): Promise<string> {
  const metrics = await (await fetch(new URL('/metrics', instance.url))).text();
  return metrics
    .split('\n')
    .filter((line) => /upstream_calls_total|cache_lookups_total/.test(line) && !line.startsWith('#'))
    .join('\n');
}
