import { SANDBOX_APIS, type SandboxApi, type SandboxCounters } from '../types';

const perApi = (): Record<SandboxApi, number> =>
  Object.fromEntries(SANDBOX_APIS.map((api) => [api, 0])) as Record<SandboxApi, number>;

/** What the sandbox has answered since start or the last reset, for tests and benchmarks. */
export class CounterBoard {
  private state = CounterBoard.empty();

  private static empty(): SandboxCounters {
    return { tokens: 0, tokensByScope: {}, calls: perApi(), byRoute: {}, rateLimited: perApi(), faults: 0, total: 0 };
  }

  tokenIssued(scopeKey: string): void {
    this.state.tokens++;
    this.state.tokensByScope[scopeKey] = (this.state.tokensByScope[scopeKey] ?? 0) + 1;
  }

  apiCall(api: SandboxApi, route: string): void {
    this.state.calls[api]++;
    this.state.total++;
    this.state.byRoute[route] = (this.state.byRoute[route] ?? 0) + 1;
  }

  rateLimited(api: SandboxApi): void {
    this.state.rateLimited[api]++;
  }

  faultSent(): void {
    this.state.faults++;
  }

  snapshot(): SandboxCounters {
    return structuredClone(this.state);
  }

  reset(): void {
    this.state = CounterBoard.empty();
  }
}
