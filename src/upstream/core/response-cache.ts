import type { Keyv } from 'keyv';
import { LRUCache } from 'lru-cache';
import { UpstreamError, UpstreamTimeoutError } from './errors';
import { InFlight } from './in-flight';
import type { LoadLease, LoadLock } from './load-lock';
import { sleep } from './sleep';
import { cacheKindOf, type CacheTier, type UpstreamObserver } from './upstream-observer';
import type { RequestScope } from './request-scope';

export interface CachePolicy<T> {
  /** How long an answer stays valid; may depend on the answer (a missing offer is kept less long). */
  ttlMs: number | ((value: T) => number);
  /**
   * Whole-list referentials: keep the parsed value in this process until it expires, outside the LRU, so a
   * burst of offer searches never evicts a list that costs megabytes to fetch and parse again.
   */
  keepInProcess?: boolean;
}

/** Who asks for a cached resource. */
export interface CacheCaller {
  /** The France Travail API behind the resource, named when a stale answer is reported. */
  api: string;
  /** The incoming request: its deadline bounds the wait, stale answers are reported to it. */
  scope?: RequestScope;
}

export interface ResponseCacheOptions {
  /** Shared layer: in memory or Redis. Values go in as plain JSON data. */
  shared: Keyv;
  /** Bound on the parsed values kept in process (the LRU in front of `shared`). */
  maxParsedEntries: number;
  /** Prepended to every key, so a change in the stored shape never reads entries of the old shape. */
  keyVersion?: string;
  /** How long past its lifetime an answer is still kept, to be served when France Travail fails (default 0). */
  staleIfErrorMs?: number;
  /** Bounds each shared-layer operation (Redis), which otherwise could hang a request for as long as Redis hangs. */
  sharedGuard?: { run<T>(operation: () => Promise<T>): Promise<T> };
  /**
   * With several instances on one shared layer: lets one instance at a time load a missing resource while the
   * others wait for its answer, so N instances starting cold cost France Travail one call per resource, not N.
   */
  loadLock?: LoadLock;
  /** Longest wait for another instance's load before loading here anyway (default 30 s). */
  maxLockWaitMs?: number;
  now?: () => number;
  /** Told where each lookup was served from. */
  observer?: UpstreamObserver;
}

const DEFAULT_MAX_LOCK_WAIT_MS = 30_000;
/** Pauses between two attempts at another instance's lock: short first (most loads take a few hundred ms). */
const FIRST_LOCK_POLL_MS = 25;
const MAX_LOCK_POLL_MS = 250;

/** An answer as held in process and stored in the shared layer. */
interface Entry {
  value: unknown;
  /** When France Travail gave it (epoch ms: entries travel between instances through Redis). */
  storedAt: number;
  /** Until when it is served as fresh; after that only when a fresh one cannot be had. */
  freshUntil: number;
}

interface Outcome {
  value: unknown;
  /** Set when the value is a stale entry served because loading a fresh one failed. */
  staleFrom?: number;
}

/**
 * Two-level cache with request coalescing and stale-if-error. A warm hit is served from parsed values in process
 * (no JSON parse, no Redis round-trip); otherwise the shared Keyv layer is read, then the loader runs. Identical
 * concurrent misses share one shared-layer read and one load. Entries outlive their lifetime by `staleIfErrorMs`:
 * when a load fails with an upstream error (France Travail down, its circuit open, out of time), the last answer is
 * served instead and its age reported to the request. Values are shared between callers: treat them as read-only.
 */
export class ResponseCache {
  private readonly parsed: LRUCache<string, Entry>;
  private readonly pinned = new Map<string, Entry>();
  private readonly inFlight = new InFlight();
  private readonly shared: Keyv;
  private readonly now: () => number;
  private readonly keyVersion: string;
  private readonly observer?: UpstreamObserver;
  private readonly staleIfErrorMs: number;
  private readonly guarded: <T>(operation: () => Promise<T>) => Promise<T>;
  private readonly loadLock?: LoadLock;
  private readonly maxLockWaitMs: number;

  constructor(options: ResponseCacheOptions) {
    this.shared = options.shared;
    this.loadLock = options.loadLock;
    this.maxLockWaitMs = options.maxLockWaitMs ?? DEFAULT_MAX_LOCK_WAIT_MS;
    this.keyVersion = options.keyVersion ? `${options.keyVersion}:` : '';
    this.now = options.now ?? Date.now;
    this.observer = options.observer;
    this.staleIfErrorMs = options.staleIfErrorMs ?? 0;
    this.parsed = new LRUCache({ max: options.maxParsedEntries });
    const guard = options.sharedGuard;
    this.guarded = guard ? (operation) => guard.run(operation) : (operation) => operation();
  }

  getOrLoad<T>(
    resourceKey: string,
    policy: CachePolicy<T>,
    load: () => Promise<T>,
    // Keys start with the API family ("offres:…", "marche:…"), which names it well enough when no caller says more.
    caller: CacheCaller = { api: resourceKey.split(':')[0] },
  ): Promise<T> {
    const observer = this.observer;
    if (!observer?.withinLookup) return this.lookup(resourceKey, policy, load, caller);
    return observer.withinLookup(cacheKindOf(resourceKey), () => this.lookup(resourceKey, policy, load, caller));
  }

  private async lookup<T>(
    resourceKey: string,
    policy: CachePolicy<T>,
    load: () => Promise<T>,
    caller: CacheCaller,
  ): Promise<T> {
    const key = this.keyVersion + resourceKey;
    const { scope } = caller;
    const held = this.heldEntry(key, policy);
    if (held && held.freshUntil > this.now()) {
      this.report(resourceKey, 'process', scope);
      return held.value as T;
    }
    if (this.inFlight.has(key)) this.report(resourceKey, 'coalesced', scope);
    const shared = this.inFlight.run(key, () => this.refresh({ key, resourceKey, scope }, policy, held, load));
    const deadline = scope?.deadline;
    let outcome: Outcome;
    try {
      // A caller joining a load started by another request waits no longer than its own deadline.
      outcome = deadline
        ? await deadline.race(shared, () => new UpstreamTimeoutError(caller.api, deadline.budgetMs))
        : await shared;
    } catch (error) {
      const stale = this.heldEntry(key, policy);
      if (!stale || !servesStale(error)) throw error;
      outcome = { value: stale.value, staleFrom: stale.storedAt };
    }
    if (outcome.staleFrom !== undefined) {
      scope?.onStale?.({
        api: caller.api,
        ageSeconds: Math.max(0, Math.round((this.now() - outcome.staleFrom) / 1000)),
      });
    }
    return outcome.value as T;
  }

  private report(resourceKey: string, tier: CacheTier, scope: RequestScope | undefined): void {
    const lookup = { kind: cacheKindOf(resourceKey), tier };
    this.observer?.onCacheLookup?.(lookup);
    scope?.tally?.onCacheLookup?.(lookup);
  }

  /** Calls currently being loaded (for tests and metrics). */
  get loading(): number {
    return this.inFlight.size;
  }

  private async refresh<T>(
    { key, resourceKey, scope }: { key: string; resourceKey: string; scope: RequestScope | undefined },
    policy: CachePolicy<T>,
    held: Entry | undefined,
    load: () => Promise<T>,
  ): Promise<Outcome> {
    let stale = held;
    const stored = await this.readShared(key);
    if (stored) {
      if (stored.freshUntil > this.now()) {
        this.report(resourceKey, 'shared', scope);
        this.hold(key, policy, stored);
        return { value: stored.value };
      }
      if (!stale || stored.storedAt > stale.storedAt) {
        stale = stored;
        this.hold(key, policy, stored);
      }
    }
    const turn = await this.awaitTurn(key);
    if ('entry' in turn) {
      this.report(resourceKey, 'shared', scope);
      this.hold(key, policy, turn.entry);
      return { value: turn.entry.value };
    }
    this.report(resourceKey, 'miss', scope);
    try {
      const value = await load();
      const ttlMs = typeof policy.ttlMs === 'function' ? policy.ttlMs(value) : policy.ttlMs;
      const storedAt = this.now();
      const entry: Entry = { value, storedAt, freshUntil: storedAt + ttlMs };
      await this.writeShared(key, entry, ttlMs + this.staleIfErrorMs);
      this.hold(key, policy, entry);
      return { value };
    } catch (error) {
      if (!stale || !servesStale(error)) throw error;
      return { value: stale.value, staleFrom: stale.storedAt };
    } finally {
      // Released only once the answer is in the shared layer, where the waiting instances look for it.
      await turn.lease?.release();
    }
  }

  /**
   * Either the answer another instance has just loaded, or the go-ahead to load it here (with the lease when there
   * is a lock). Without a lock, with the lock store unreachable, or after waiting `maxLockWaitMs`, loads here.
   */
  private async awaitTurn(key: string): Promise<{ entry: Entry } | { lease?: LoadLease }> {
    if (!this.loadLock) return {};
    const giveUpAt = performance.now() + this.maxLockWaitMs;
    let pauseMs = FIRST_LOCK_POLL_MS;
    for (;;) {
      let lease: LoadLease | undefined;
      try {
        lease = await this.loadLock.tryAcquire(key);
      } catch {
        return {};
      }
      if (lease) {
        // Another instance may have stored the answer and let go since this one last looked (or while it waited),
        // unless its load failed.
        const stored = await this.readShared(key);
        if (stored && stored.freshUntil > this.now()) {
          await lease.release();
          return { entry: stored };
        }
        return { lease };
      }
      if (performance.now() >= giveUpAt) return {};
      await sleep(pauseMs);
      pauseMs = Math.min(pauseMs * 2, MAX_LOCK_POLL_MS);
    }
  }

  /** The entry held in process, fresh or stale; forgotten once even its stale window has passed. */
  private heldEntry(key: string, policy: CachePolicy<never>): Entry | undefined {
    const held = policy.keepInProcess ? this.pinned.get(key) : this.parsed.get(key);
    if (!held) return undefined;
    if (held.freshUntil + this.staleIfErrorMs > this.now()) return held;
    if (policy.keepInProcess) this.pinned.delete(key);
    else this.parsed.delete(key);
    return undefined;
  }

  private hold(key: string, policy: CachePolicy<never>, entry: Entry): void {
    if (!(entry.freshUntil + this.staleIfErrorMs > this.now())) return;
    if (policy.keepInProcess) this.pinned.set(key, entry);
    else this.parsed.set(key, entry);
  }

  private async readShared(key: string): Promise<Entry | undefined> {
    try {
      const entry = await this.guarded(() => this.shared.get<Entry>(key));
      if (!entry || typeof entry !== 'object' || typeof entry.freshUntil !== 'number') return undefined;
      // The shared layer's own expiry runs on its clock; the stale window is ours.
      return entry.freshUntil + this.staleIfErrorMs > this.now() ? entry : undefined;
    } catch {
      // An unreachable shared layer is a miss: the answer is fetched upstream instead.
      return undefined;
    }
  }

  private async writeShared(key: string, entry: Entry, keepMs: number): Promise<void> {
    try {
      await this.guarded(() => this.shared.set(key, entry, keepMs));
    } catch {
      // The caller still gets its answer; the next instance will fetch it again.
    }
  }
}

/** Failures of France Travail (or of our way to it) justify a stale answer; a request it rejects as bad does not. */
function servesStale(error: unknown): boolean {
  return error instanceof UpstreamError && error.code !== 'UPSTREAM_BAD_REQUEST';
}
