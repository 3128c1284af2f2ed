import { randomUUID } from 'node:crypto';
import { type Sandbox, type SandboxOptions, startSandbox } from '../../../src/sandbox';
import {
  createUpstream,
  DEFAULT_QUOTAS,
  DEFAULT_TTLS,
  endpointsFrom,
  type Upstream,
  type UpstreamConfig,
} from '../../../src/upstream';

export { startSandbox, type Sandbox };

/** The upstream configuration that points at `sandbox`, with generous client quotas unless overridden. */
export function configFor(sandbox: Sandbox, overrides: Partial<UpstreamConfig> = {}): UpstreamConfig {
  return {
    endpoints: endpointsFrom(sandbox.apiBaseUrl, sandbox.tokenUrl),
    credentials: sandbox.credentials,
    quotas: { ...DEFAULT_QUOTAS },
    keyPrefix: `test:travail-graph:upstream:${randomUUID()}`,
    ttls: DEFAULT_TTLS,
    requestTimeoutMs: 5000,
    maxRetries: 3,
    maxQuotaWaitMs: 15_000,
    // Generous on a loaded test machine; tests of deadlines give each call its own.
    requestDeadlineMs: 30_000,
    tokenRefreshMarginMs: 60_000,
    ...overrides,
  };
}

/** Starts an upstream against `sandbox` and remembers it for `closeAll`. */
export class UpstreamPool {
  private readonly opened: Upstream[] = [];

  async open(config: UpstreamConfig): Promise<Upstream> {
    const upstream = await createUpstream(config);
    this.opened.push(upstream);
    return upstream;
  }

  async closeAll(): Promise<void> {
    await Promise.all(this.opened.splice(0).map((upstream) => upstream.close()));
  }
}

/** A département with many offers in the bundled dataset. */
export const BUSY_DEPARTEMENT = { level: 'DEPARTEMENT', code: '35' } as const;

/** Criteria the bundled dataset answers with more than one page (≥ 160 offers). */
export const BUSY_SEARCH = { codeROME: ['M1805', 'M1811'], territories: [BUSY_DEPARTEMENT] };

/** Counts calls made while `work` runs. */
export async function callsDuring<T>(sandbox: Sandbox, work: () => Promise<T>) {
  const before = sandbox.counters();
  const result = await work();
  const after = sandbox.counters();
  const delta = (a: Record<string, number>, b: Record<string, number>, key: string) => (b[key] ?? 0) - (a[key] ?? 0);
  return {
    result,
    /** Calls that reached the API, whatever the answer (429s and injected faults included). */
    calls: (api: string) => delta(before.calls, after.calls, api),
    /** Calls the API served: reached it and were not turned away by its quota (a waited-out 429 is retried). */
    served: (api: string) => delta(before.calls, after.calls, api) - delta(before.rateLimited, after.rateLimited, api),
    rateLimited: (api: string) => delta(before.rateLimited, after.rateLimited, api),
    tokens: after.tokens - before.tokens,
    faults: after.faults - before.faults,
  };
}

/** A sandbox and an upstream pointed at it, shared by the tests of one `describe` block. */
export interface SandboxSuite {
  readonly sandbox: Sandbox;
  readonly upstream: Upstream;
  /** Another upstream on the same sandbox, with an empty cache, closed with the suite. */
  freshUpstream(overrides?: Partial<UpstreamConfig>): Promise<Upstream>;
}

/**
 * Starts a sandbox on a free port and an upstream pointed at it before the enclosing block's tests, and closes
 * both after them. Call it in the body of a `describe`.
 */
export function sandboxSuite(options: SandboxOptions = {}): SandboxSuite {
  const pool = new UpstreamPool();
  let started: { sandbox: Sandbox; upstream: Upstream } | undefined;
  const running = () => {
    if (!started) throw new Error('The sandbox suite starts in beforeAll: read it inside a test.');
    return started;
  };
  beforeAll(async () => {
    const sandbox = await startSandbox({ port: 0, ...options });
    started = { sandbox, upstream: await pool.open(configFor(sandbox)) };
  });
  afterAll(async () => {
    await pool.closeAll();
    await started?.sandbox.close();
  });
  return {
    get sandbox() {
      return running().sandbox;
    },
    get upstream() {
      return running().upstream;
    },
    freshUpstream: (overrides = {}) => pool.open(configFor(running().sandbox, overrides)),
  };
}
