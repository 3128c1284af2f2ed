import { LRUCache } from 'lru-cache';
import { connectRedis, type RedisConnection } from '../../upstream/core/redis-connection';

/** One GraphQL answer as sent: enough to send it again byte for byte. */
export interface StoredAnswer {
  status: number;
  headers: [string, string][];
  body: string;
}

/** A bare marker saying "this operation's answers are per user: look under the user's own key". */
export type StoredEntry = StoredAnswer | { perUser: true };

export interface ResponseStore {
  get(key: string): Promise<StoredEntry | undefined>;
  set(key: string, entry: StoredEntry, ttlMs: number): Promise<void>;
  close(): Promise<void>;
}

export interface ResponseStoreLimits {
  /** Most answers kept (memory). */
  maxEntries: number;
  /** Most bytes of answers kept (memory); no single answer larger than a tenth of it is kept, in either store. */
  maxBytes: number;
}

const sizeOf = (entry: StoredEntry) => ('body' in entry ? entry.body.length * 2 + 256 : 64);

/** In process: an LRU bounded in entries and in bytes, each entry expiring with its answer's max-age. */
export function memoryResponseStore(limits: ResponseStoreLimits): ResponseStore {
  const lru = new LRUCache<string, StoredEntry>({
    max: limits.maxEntries,
    maxSize: limits.maxBytes,
    maxEntrySize: Math.max(1, Math.floor(limits.maxBytes / 10)),
    sizeCalculation: sizeOf,
  });
  return {
    async get(key) {
      return lru.get(key);
    },
    async set(key, entry, ttlMs) {
      lru.set(key, entry, { ttl: ttlMs });
    },
    async close() {
      lru.clear();
    },
  };
}

/**
 * In Redis, shared by every instance: each entry expires with its answer's max-age (Redis evicts by its own
 * maxmemory policy beyond that). A Redis that fails answers as a miss: the cache is never a reason to fail a query.
 */
export async function redisResponseStore(options: {
  url: string;
  keyPrefix: string;
  limits: ResponseStoreLimits;
  connectTimeoutMs?: number;
}): Promise<ResponseStore> {
  const redis: RedisConnection = await connectRedis(options.url, options.connectTimeoutMs ?? 2_000);
  const maxEntryBytes = Math.max(1, Math.floor(options.limits.maxBytes / 10));
  const prefix = `${options.keyPrefix}response:`;
  return {
    async get(key) {
      try {
        const raw = await redis.get(prefix + key);
        return raw ? (JSON.parse(raw) as StoredEntry) : undefined;
      } catch {
        return undefined;
      }
    },
    async set(key, entry, ttlMs) {
      if (sizeOf(entry) > maxEntryBytes) return;
      await redis
        .set(prefix + key, JSON.stringify(entry), { PX: Math.max(1, Math.round(ttlMs)) })
        .catch(() => undefined);
    },
    async close() {
      await redis.quit().catch(() => undefined);
    },
  };
}
