// The graph's schema classes read decorator metadata as soon as they load.
import 'reflect-metadata';
import { startServer } from '../src/server/app';
import { loadConfig } from '../src/server/config';
import { SANDBOX_APIS, type Sandbox, type SandboxApi } from '../src/sandbox';
import { endpointsFrom } from '../src/upstream';
import type { ChildProcessGroup } from './support/child-processes';
import { distScript } from './support/repo-paths';
import { startNaiveBaseline } from './naive/naive-baseline';

/** A GraphQL server under measurement, started fresh: empty in-memory cache, no token yet. */
export interface GraphTarget {
  url: string;
  stop(): Promise<void>;
}

/** Client-side quotas of travail-graph, the same three knobs as FT_QUOTA_*. */
export interface GraphQuotas {
  offres: number;
  rome: number;
  marche: number;
}

export const REALISTIC_QUOTAS: GraphQuotas = { offres: 10, rome: 1, marche: 10 };
/** High enough that no workload ever waits for a slot. */
export const UNLIMITED_QUOTAS: GraphQuotas = { offres: 100_000, rome: 100_000, marche: 100_000 };

export function sandboxQuotas(quotas: GraphQuotas): Record<SandboxApi, number> {
  return Object.fromEntries(
    SANDBOX_APIS.map((api) => [api, api === 'offres' ? quotas.offres : api === 'marche' ? quotas.marche : quotas.rome]),
  ) as Record<SandboxApi, number>;
}

/** Sets every API's quota again, which also refills every bucket: each measurement starts from a rested quota. */
export function restQuotas(sandbox: Sandbox, quotas: GraphQuotas): void {
  for (const [api, rate] of Object.entries(sandboxQuotas(quotas))) sandbox.setQuota(api as SandboxApi, rate);
}

/** travail-graph's environment for a sandbox it does not own, as a deployment would set it. */
function travailGraphEnv(sandbox: Sandbox, quotas: GraphQuotas): Record<string, string> {
  return {
    PORT: '0',
    HOST: '127.0.0.1',
    FT_CLIENT_ID: sandbox.credentials.clientId,
    FT_CLIENT_SECRET: sandbox.credentials.clientSecret,
    FT_TOKEN_URL: sandbox.tokenUrl,
    FT_API_BASE_URL: sandbox.apiBaseUrl,
    FT_QUOTA_OFFRES: String(quotas.offres),
    FT_QUOTA_ROME: String(quotas.rome),
    FT_QUOTA_MARCHE: String(quotas.marche),
  };
}

/** In this process: enough for counting upstream calls, which depend on the cache, not on the process. */
export async function startTravailGraphHere(sandbox: Sandbox, quotas: GraphQuotas): Promise<GraphTarget> {
  const server = await startServer(loadConfig(travailGraphEnv(sandbox, quotas)));
  return { url: server.url, stop: () => server.stop() };
}

/** As its own process (`node dist/src/server/main.js`): a cold start really is one, for timing. */
export async function startTravailGraphProcess(
  group: ChildProcessGroup,
  sandbox: Sandbox,
  quotas: GraphQuotas,
): Promise<GraphTarget> {
  const child = await group.start({
    name: 'travail-graph',
    args: [distScript('src/server/main.js')],
    env: { ...travailGraphEnv(sandbox, quotas), REDIS_URL: '' },
    readyLine: /travail-graph ready at (http\S+)/,
  });
  return { url: child.url!, stop: () => child.stop() };
}

export async function startNaiveHere(sandbox: Sandbox): Promise<GraphTarget> {
  const baseline = await startNaiveBaseline({
    port: 0,
    endpoints: naiveEndpoints(sandbox),
    credentials: sandbox.credentials,
  });
  return { url: baseline.url, stop: () => baseline.stop() };
}

export async function startNaiveProcess(group: ChildProcessGroup, sandbox: Sandbox): Promise<GraphTarget> {
  const child = await group.start({
    name: 'naive baseline',
    args: [distScript('bench/naive/main.js')],
    env: {
      PORT: '0',
      HOST: '127.0.0.1',
      FT_CLIENT_ID: sandbox.credentials.clientId,
      FT_CLIENT_SECRET: sandbox.credentials.clientSecret,
      FT_TOKEN_URL: sandbox.tokenUrl,
      FT_API_BASE_URL: sandbox.apiBaseUrl,
    },
    readyLine: /naive baseline ready at (http\S+)/,
  });
  return { url: child.url!, stop: () => child.stop() };
}

function naiveEndpoints(sandbox: Sandbox) {
  return endpointsFrom(sandbox.apiBaseUrl, sandbox.tokenUrl);
}
