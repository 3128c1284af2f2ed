import type { SeedSource } from '../workloads';
import type { ChildProcessGroup, ChildService } from '../support/child-processes';
import { freePort } from '../support/free-port';
import { distScript } from '../support/repo-paths';

/**
 * Quotas far above what a warm graph ever asks for: the warm figures measure graph execution, and the naive
 * baseline (no cache) would otherwise be measured against France Travail's quotas rather than its own speed.
 */
export const LIFTED_QUOTA_PER_SECOND = 100_000;

export const SANDBOX_CREDENTIALS = { clientId: 'sandbox-client', clientSecret: 'sandbox-secret' } as const;

export interface StandaloneSandbox {
  service: ChildService;
  url: string;
  seedSource: SeedSource;
  /** FT_* variables that point a travail-graph server, subgraph or the naive baseline at this sandbox. */
  clientEnv: Record<string, string>;
  counters(): Promise<unknown>;
}

export interface SandboxOptions {
  /** SANDBOX_DATA_DIR: the full open data instead of the bundled subset. */
  dataDir?: string;
}

/** One France Travail simulator shared by every variant, so they all read the same upstream. */
export async function startStandaloneSandbox(
  group: ChildProcessGroup,
  options: SandboxOptions = {},
): Promise<StandaloneSandbox> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const quota = String(LIFTED_QUOTA_PER_SECOND);
  const service = await group.start({
    name: options.dataDir ? 'sandbox (full open data)' : 'sandbox',
    args: [distScript('src/sandbox/main.js')],
    env: {
      SANDBOX_PORT: String(port),
      SANDBOX_LATENCY_MS: '0',
      SANDBOX_QUOTA_OFFRES: quota,
      SANDBOX_QUOTA_ROME: quota,
      SANDBOX_QUOTA_MARCHE: quota,
      SANDBOX_DATA_DIR: options.dataDir,
    },
    readyProbe: async () => (await fetch(`${url}/_sandbox/counters`, { signal: AbortSignal.timeout(2_000) })).ok,
    timeoutMs: 120_000,
  });
  const tokenUrl = `${url}/connexion/oauth2/access_token?realm=%2Fpartenaire`;
  const apiBaseUrl = `${url}/partenaire`;
  return {
    service,
    url,
    seedSource: { tokenUrl, apiBaseUrl, credentials: { ...SANDBOX_CREDENTIALS } },
    clientEnv: {
      FT_CLIENT_ID: SANDBOX_CREDENTIALS.clientId,
      FT_CLIENT_SECRET: SANDBOX_CREDENTIALS.clientSecret,
      FT_API_BASE_URL: apiBaseUrl,
      FT_TOKEN_URL: tokenUrl,
      FT_QUOTA_OFFRES: quota,
      FT_QUOTA_ROME: quota,
      FT_QUOTA_MARCHE: quota,
    },
    counters: async () => (await fetch(`${url}/_sandbox/counters`)).json(),
  };
}
