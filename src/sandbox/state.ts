import type { AuthorizationCodes } from './auth/authorization-codes';
import type { TokenStore } from './auth/token-store';
import type { CounterBoard } from './control/counters';
import type { FaultInjector } from './control/faults';
import type { QuotaLimiter } from './control/quota';
import type { ApiRouter } from './routing';
import type { SandboxApi, SandboxClient } from './types';

/** Everything a running sandbox knows and the control surface can change. */
export interface SandboxState {
  clients: SandboxClient[];
  tokenTtlSeconds: number;
  latencyMs: number;
  /** Extra latency per API (fault knob). */
  apiLatencyMs: Partial<Record<SandboxApi, number>>;
  tokens: TokenStore;
  /** France Travail Connect (realm /individu): pending authorization codes and the life of job-seeker tokens. */
  individu: { codes: AuthorizationCodes; ttlSeconds: number };
  quotas: QuotaLimiter;
  faults: FaultInjector;
  counters: CounterBoard;
  router: ApiRouter;
}
