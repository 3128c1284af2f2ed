import { LRUCache } from 'lru-cache';

/**
 * Keyv's in-memory store, bounded: Keyv's default Map never forgets a key, and offer searches produce new
 * keys all day long. Keyv handles expiry itself; this store only caps the entry count.
 */
export class BoundedMemoryStore {
  private readonly entries: LRUCache<string, {}>;

  constructor(maxEntries: number) {
    this.entries = new LRUCache({ max: maxEntries });
  }

  get(key: string): unknown {
    return this.entries.get(key);
  }

  set(key: string, value: unknown, ttlMs?: number): boolean {
    if (value === undefined || value === null) return false;
    this.entries.set(key, value, ttlMs && ttlMs > 0 ? { ttl: ttlMs } : undefined);
    return true;
  }

  has(key: string): boolean {
    return this.entries.has(key);
  }

  delete(key: string): boolean {
    return this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
  }
}
