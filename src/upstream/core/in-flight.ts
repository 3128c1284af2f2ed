/** Identical concurrent requests share one execution: later callers join the promise of the first. */
export class InFlight {
  private readonly pending = new Map<string, Promise<unknown>>();

  run<T>(key: string, execute: () => Promise<T>): Promise<T> {
    const joined = this.pending.get(key);
    if (joined) return joined as Promise<T>;
    const started = execute().finally(() => this.pending.delete(key));
    this.pending.set(key, started);
    return started;
  }

  has(key: string): boolean {
    return this.pending.has(key);
  }

  get size(): number {
    return this.pending.size;
  }
}
