import { createHash, randomBytes } from 'node:crypto';
import type { RedisConnection } from './redis-connection';

/** The right to load one resource into the shared cache, held by one instance at a time. */
export interface LoadLease {
  /** Gives the right up (only if still held: an expired lease never removes its successor's). */
  release(): Promise<void>;
}

/** Decides which of the instances sharing a cache loads a missing resource from France Travail. */
export interface LoadLock {
  /**
   * A lease when this instance is to load `key`; undefined while another instance holds it. Rejects when the lock
   * store cannot be asked, in which case the caller loads on its own rather than wait.
   */
  tryAcquire(key: string): Promise<LoadLease | undefined>;
}

export interface RedisLoadLockOptions {
  /** Prefix shared by every instance of one deployment (CACHE_PREFIX). */
  keyPrefix: string;
  /** Bounds each command (RedisGuard): a hung Redis must not hold a request. */
  guard: { run<T>(command: () => Promise<T>): Promise<T> };
  /**
   * How long a lease outlives its holder. The holder renews it while loading, so this only bounds how long the
   * others wait after the holder died mid-load.
   */
  ttlMs?: number;
}

export const DEFAULT_LOAD_LOCK_TTL_MS = 5000;

// Compare-and-act on the token, so that a holder whose lease expired (long GC pause, lost renewal) never deletes
// or prolongs the lease another instance has taken since.
const RELEASE_SCRIPT = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
`;
const RENEW_SCRIPT = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return 0
`;

const sha1 = (text: string) => createHash('sha1').update(text).digest('hex');

/**
 * A single-instance Redis lease: `SET key token NX PX ttl`, renewed while held, released by compare-and-delete.
 * It only saves duplicate upstream calls (a lost lease costs one extra call, never a wrong answer), so the
 * multi-master quorum of Redlock is not needed.
 */
export class RedisLoadLock implements LoadLock {
  private readonly ttlMs: number;
  private readonly releaseSha = sha1(RELEASE_SCRIPT);
  private readonly renewSha = sha1(RENEW_SCRIPT);

  constructor(
    private readonly redis: RedisConnection,
    private readonly options: RedisLoadLockOptions,
  ) {
    this.ttlMs = options.ttlMs ?? DEFAULT_LOAD_LOCK_TTL_MS;
  }

  /** The Redis key guarding `key` (exposed so tests can look at it and clean up). */
  keyOf(key: string): string {
    return `${this.options.keyPrefix}:load-lock:${key}`;
  }

  async tryAcquire(key: string): Promise<LoadLease | undefined> {
    const lockKey = this.keyOf(key);
    const token = randomBytes(16).toString('hex');
    const reply = await this.options.guard.run(() =>
      this.redis.set(lockKey, token, { condition: 'NX', expiration: { type: 'PX', value: this.ttlMs } }),
    );
    if (reply !== 'OK') return undefined;
    const renewal = setInterval(() => {
      this.script(RENEW_SCRIPT, this.renewSha, lockKey, [token, String(this.ttlMs)])
        .then((renewed) => {
          if (renewed !== 1) clearInterval(renewal);
        })
        // A missed renewal is retried at the next tick; at worst the lease expires and another instance loads too.
        .catch(() => undefined);
    }, this.ttlMs / 3);
    renewal.unref();
    let released: Promise<void> | undefined;
    return {
      release: () => {
        released ??= (async () => {
          clearInterval(renewal);
          try {
            await this.script(RELEASE_SCRIPT, this.releaseSha, lockKey, [token]);
          } catch {
            // Left to expire on its own.
          }
        })();
        return released;
      },
    };
  }

  private script(script: string, sha: string, key: string, args: string[]): Promise<unknown> {
    const options = { keys: [key], arguments: args };
    return this.options.guard.run(async () => {
      try {
        return await this.redis.evalSha(sha, options);
      } catch (error) {
        if (!String((error as { message?: unknown })?.message).startsWith('NOSCRIPT')) throw error;
        return this.redis.eval(script, options);
      }
    });
  }
}
