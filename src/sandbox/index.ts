/**
 * A local peer of the France Travail partner APIs (Offres d'emploi v2, ROME 4.0, Marché du travail) and of their
 * OAuth2 token endpoint: same paths, status codes, headers, error bodies and quotas, over open data.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AuthorizationCodes } from './auth/authorization-codes';
import { AUTHORIZE_PATH } from './auth/authorize-endpoint';
import { jobSeekerToken, registerJobSeekerTokens } from './auth/job-seeker-tokens';
import { TokenStore } from './auth/token-store';
import { TOKEN_PATH } from './auth/token-endpoint';
import { applyConfig } from './control/admin';
import { CounterBoard } from './control/counters';
import { FaultInjector } from './control/faults';
import { QuotaLimiter } from './control/quota';
import { agencesRoutes } from './agences/routes';
import { infotravailRoutes } from './infotravail/routes';
import { marcheRoutes } from './marche/routes';
import { metiersRecherchesRoutes } from './metiers-recherches/routes';
import { offresRoutes } from './offres/routes';
import { loadReferential } from './referential/load';
import { romeRoutes } from './rome/routes';
import { ApiRouter } from './routing';
import { API_PREFIX, createRequestListener } from './server';
import type { SandboxState } from './state';
import type { FaultRule, Sandbox, SandboxApi, SandboxOptions } from './types';

export type { FaultRule, Sandbox, SandboxApi, SandboxClient, SandboxCounters, SandboxOptions } from './types';
export { SANDBOX_APIS } from './types';
export { DEFAULT_QUOTAS } from './control/quota';
export type { SandboxConfigUpdate } from './control/admin';

export const DEFAULT_SANDBOX_CLIENT = { clientId: 'sandbox-client', clientSecret: 'sandbox-secret' };
export const DEFAULT_TOKEN_TTL_SECONDS = 1499;
/** France Travail's documented job-seeker token life. */
export const DEFAULT_USER_TOKEN_TTL_SECONDS = 59;
export { EXPIRED_JOB_SEEKER_TOKEN, NO_CONSENT_JOB_SEEKER_TOKEN } from './auth/job-seeker-tokens';
export { SANDBOX_JOB_SEEKERS } from './metiers-recherches/job-seekers';

export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const referential = loadReferential(options.dataDir);
  const clients = options.clients?.length ? options.clients.map((c) => ({ ...c })) : [{ ...DEFAULT_SANDBOX_CLIENT }];
  const tokens = new TokenStore();
  registerJobSeekerTokens(tokens, clients[0].clientId);
  const state: SandboxState = {
    clients,
    tokenTtlSeconds: options.tokenTtlSeconds ?? DEFAULT_TOKEN_TTL_SECONDS,
    latencyMs: 0,
    apiLatencyMs: {},
    tokens,
    individu: {
      codes: new AuthorizationCodes(),
      ttlSeconds: options.userTokenTtlSeconds ?? DEFAULT_USER_TOKEN_TTL_SECONDS,
    },
    quotas: new QuotaLimiter(options.quotas),
    faults: new FaultInjector(),
    counters: new CounterBoard(),
    router: new ApiRouter([
      ...offresRoutes(referential),
      ...romeRoutes(referential),
      ...marcheRoutes(referential),
      ...agencesRoutes(),
      ...infotravailRoutes(referential),
      ...metiersRecherchesRoutes(tokens),
    ]),
  };
  if (options.latencyMs !== undefined) applyConfig(state, { latencyMs: options.latencyMs });

  const listener = createRequestListener(state);
  const server = createServer(listener);
  const host = options.host ?? '127.0.0.1';
  await listen(server, options.port ?? 0, host);
  const { port } = server.address() as AddressInfo;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;

  return {
    url,
    tokenUrl: `${url}${TOKEN_PATH}?realm=%2Fpartenaire`,
    apiBaseUrl: `${url}${API_PREFIX}`,
    authorizeUrl: `${url}${AUTHORIZE_PATH}`,
    individuTokenUrl: `${url}${TOKEN_PATH}?realm=%2Findividu`,
    jobSeekerToken,
    credentials: { ...clients[0] },
    counters: () => state.counters.snapshot(),
    resetCounters: () => state.counters.reset(),
    setLatency: (ms: number) => applyConfig(state, { latencyMs: ms }),
    setQuota: (api: SandboxApi, perSecond: number) => applyConfig(state, { quotas: { [api]: perSecond } }),
    setApiLatency: (api: SandboxApi, ms: number) => applyConfig(state, { apiLatencyMs: { [api]: ms } }),
    revokeTokens: () => state.tokens.expireAll(),
    injectFault: (rule: FaultRule) => state.faults.add(rule),
    clearFaults: () => state.faults.clear(),
    close: () => {
      listener.cancelPending();
      return new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
    },
  };
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}
