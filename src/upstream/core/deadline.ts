/**
 * The moment by which an incoming request must be answered. One per request, created when its context is; every
 * upstream wait below it (token, quota slot, call, retry back-off) is bounded by what is left of it, so a slow or
 * dead France Travail costs a request at most its deadline instead of attempts × timeout.
 */
export class Deadline {
  private abortSignal?: AbortSignal;

  private constructor(
    /** The whole budget, for messages ("did not answer within 8 s"). */
    readonly budgetMs: number,
    private readonly at: number,
    private readonly now: () => number,
  ) {}

  static after(ms: number, now: () => number = () => performance.now()): Deadline {
    return new Deadline(ms, now() + ms, now);
  }

  remainingMs(): number {
    return Math.max(0, this.at - this.now());
  }

  get expired(): boolean {
    return this.remainingMs() <= 0;
  }

  /** Aborts when the deadline passes (created on first use: most requests never need it). */
  get signal(): AbortSignal {
    this.abortSignal ??= AbortSignal.timeout(Math.max(1, Math.ceil(this.remainingMs())));
    return this.abortSignal;
  }

  /**
   * `work`'s outcome, or `onExpiry()`'s error if the deadline passes first. `work` itself goes on (it may be
   * shared with other callers, as a token request or a coalesced load are): only this caller stops waiting.
   */
  race<T>(work: Promise<T>, onExpiry: () => Error): Promise<T> {
    const remaining = this.remainingMs();
    if (remaining <= 0) {
      work.catch(() => undefined);
      return Promise.reject(onExpiry());
    }
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => reject(onExpiry()), remaining);
      work.then(
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
}
