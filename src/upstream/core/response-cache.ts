import type { Keyv } from 'keyv';
import { LRUCache } from 'lru-cache';
import { InFlight } from './in-flight';
import { cacheKindOf, type CacheTier, type UpstreamObserver } from './upstream-observer';

export interface CachePolicy<T> {
  /** How long an answer stays valid; may depend on the answer (a missing offer is kept less long). */
  ttlMs: number | ((value: T) => number);
  /**
   * Whole-list referentials: keep the parsed value in this process until it expires, outside the LRU, so a
   * burst of offer searches never evicts a list that costs megabytes to fetch and parse again.
   */
  keepInProcess?: boolean;
}

export interface ResponseCacheOptions {
  /** Shared layer: in memory or Redis. Values go in as plain JSON data. */
  shared: Keyv;
  /** Bound on the parsed values kept in process (the LRU in front of `shared`). */
  maxParsedEntries: number;
  /** Prepended to every key, so a change in the stored shape never reads entries of the old shape. */
  keyVersion?: string;
  now?: () => number;
  /** Told where each lookup was served from. */
  observer?: UpstreamObserver;
}

interface Held {
  value: unknown;
  expiresAt: number;
}

/**
 * Two-level cache with request coalescing. A warm hit is served from parsed values in process (no JSON parse,
 * no Redis round-trip); otherwise the shared Keyv layer is read, then the loader runs. Identical concurrent
 * misses share one shared-layer read and one load. Values are shared between callers: treat them as read-only.
 */
export class ResponseCache {
  private readonly parsed: LRUCache<string, Held>;
  private readonly pinned = new Map<string, Held>();
  private readonly inFlight = new InFlight();
  private readonly shared: Keyv;
  private readonly now: () => number;
  private readonly keyVersion: string;
  private readonly observer?: UpstreamObserver;

  constructor(options: ResponseCacheOptions) {
    this.shared = options.shared;
    this.keyVersion = options.keyVersion ? `${options.keyVersion}:` : '';
    this.now = options.now ?? Date.now;
    this.observer = options.observer;
    this.parsed = new LRUCache({ max: options.maxParsedEntries });
  }

  getOrLoad<T>(resourceKey: string, policy: CachePolicy<T>, load: () => Promise<T>): Promise<T> {
    const key = this.keyVersion + resourceKey;
    const held = this.heldValue(key, policy);
    if (held) {
      this.report(resourceKey, 'process');
      return Promise.resolve(held.value as T);
    }
    if (this.inFlight.has(key)) this.report(resourceKey, 'coalesced');
    return this.inFlight.run(key, async () => {
      const stored = await this.readShared<T>(key);
      if (stored) {
        this.report(resourceKey, 'shared');
        this.hold(key, policy, stored.value, stored.expiresAt);
        return stored.value;
      }
      this.report(resourceKey, 'miss');
      const value = await load();
      const ttlMs = typeof policy.ttlMs === 'function' ? policy.ttlMs(value) : policy.ttlMs;
      const expiresAt = this.now() + ttlMs;
      await this.writeShared(key, value, ttlMs);
      this.hold(key, policy, value, expiresAt);
      return value;
    });
  }

  private report(resourceKey: string, tier: CacheTier): void {
    this.observer?.onCacheLookup?.({ kind: cacheKindOf(resourceKey), tier });
  }

  /** Calls currently being loaded (for tests and metrics). */
  get loading(): number {
    return this.inFlight.size;
  }

  private heldValue(key: string, policy: CachePolicy<never>): Held | undefined {
    const held = policy.keepInProcess ? this.pinned.get(key) : this.parsed.get(key);
    if (!held) return undefined;
    if (held.expiresAt > this.now()) return held;
    if (policy.keepInProcess) this.pinned.delete(key);
    else this.parsed.delete(key);
    return undefined;
  }

  private hold(key: string, policy: CachePolicy<never>, value: unknown, expiresAt: number): void {
    if (!(expiresAt > this.now())) return;
    const held = { value, expiresAt };
    if (policy.keepInProcess) this.pinned.set(key, held);
    else this.parsed.set(key, held);
  }

  private async readShared<T>(key: string): Promise<{ value: T; expiresAt: number } | undefined> {
    try {
      const raw = await this.shared.getRaw<T>(key);
      if (!raw || raw.value === undefined) return undefined;
      const expiresAt = typeof raw.expires === 'number' ? raw.expires : undefined;
      if (expiresAt === undefined || expiresAt <= this.now()) return undefined;
      return { value: raw.value, expiresAt };
    } catch {
      // An unreachable shared layer is a miss: the answer is fetched upstream instead.
      return undefined;
    }
  }

  private async writeShared(key: string, value: unknown, ttlMs: number): Promise<void> {
    try {
      await this.shared.set(key, value, ttlMs);
    } catch {
      // The caller still gets its answer; the next instance will fetch it again.
    }
  }
}
