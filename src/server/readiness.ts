import { connect } from 'node:net';
import type { Upstream } from '../upstream';
import type { ReadinessCheck } from './http/health-routes';

const CHECK_TIMEOUT_MS = 2_000;

export interface ReadinessOptions {
  upstream?: Upstream;
  redisUrl?: string;
  /** Redis was unreachable at start-up and the process runs on memory. */
  redisDegraded?: boolean;
}

/** What `/ready` verifies: France Travail tokens can be obtained, and Redis answers when one is configured. */
export function readinessChecks(options: ReadinessOptions): ReadinessCheck[] {
  const checks: ReadinessCheck[] = [];
  const { upstream, redisUrl } = options;
  if (upstream)
    checks.push({
      name: 'upstreamTokens',
      // Tokens are cached until shortly before they expire: this only calls the token endpoint when one is due.
      check: () =>
        withTimeout(upstream.fetchTokens()).then(
          () => ({ ok: true, detail: 'obtained' }),
          () => ({ ok: false, detail: 'France Travail access tokens could not be obtained' }),
        ),
    });
  checks.push({
    name: 'cache',
    check: async () => {
      if (!redisUrl) return { ok: true, detail: 'memory' };
      if (options.redisDegraded)
        return { ok: false, detail: 'Redis was unreachable at start-up: cache and quotas in process memory' };
      return (await tcpReachable(redisUrl))
        ? { ok: true, detail: 'redis' }
        : { ok: false, detail: 'Redis unreachable: cache and quotas fall back to process memory' };
    },
  });
  return checks;
}

function withTimeout<T>(promise: Promise<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout')), CHECK_TIMEOUT_MS);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

function tcpReachable(redisUrl: string): Promise<boolean> {
  let url: URL;
  try {
    url = new URL(redisUrl);
  } catch {
    return Promise.resolve(false);
  }
  return new Promise((resolve) => {
    const socket = connect({ host: url.hostname || '127.0.0.1', port: Number(url.port || 6379) });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(CHECK_TIMEOUT_MS, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}
