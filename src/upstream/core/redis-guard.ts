export interface RedisGuardOptions {
  /** Longest wait for one command (REDIS_TIMEOUT_MS). */
  timeoutMs: number;
  /** While Redis is down, how often one PING checks whether it answers again. */
  probeEveryMs?: number;
}

/** Redis did not answer in time, or is known to be down: the caller uses process memory instead. */
export class RedisUnavailable extends Error {
  constructor(reason: string) {
    super(`Redis unavailable (${reason})`);
    this.name = 'RedisUnavailable';
  }
}

const DEFAULT_PROBE_EVERY_MS = 1000;

/**
 * Keeps a slow or hung Redis from stalling requests. Every command gets a short timeout; the first one that times
 * out or fails for want of a connection marks Redis down for this process: further commands are not sent at all
 * (their callers fall back to memory at once) while a PING every `probeEveryMs` checks whether Redis answers
 * again, and the first answer brings it back. A command Redis refuses (a script error, NOSCRIPT) says nothing of its
 * health and passes through.
 */
export class RedisGuard {
  private down = false;
  private lastProbeAt = 0;
  private probing = false;

  constructor(
    private readonly ping: () => Promise<unknown>,
    private readonly options: RedisGuardOptions,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** False while Redis is considered down. */
  get available(): boolean {
    return !this.down;
  }

  async run<T>(command: () => Promise<T>): Promise<T> {
    if (this.down) {
      this.probeIfDue();
      throw new RedisUnavailable('down');
    }
    try {
      return await this.bounded(command());
    } catch (error) {
      if (!isReplyError(error)) this.down = true;
      throw error;
    }
  }

  private probeIfDue(): void {
    const probeEveryMs = this.options.probeEveryMs ?? DEFAULT_PROBE_EVERY_MS;
    if (this.probing || this.now() - this.lastProbeAt < probeEveryMs) return;
    this.probing = true;
    this.lastProbeAt = this.now();
    this.bounded(this.ping())
      .then(() => {
        this.down = false;
      })
      .catch(() => undefined)
      .finally(() => {
        this.probing = false;
      });
  }

  private bounded<T>(work: Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => reject(new RedisUnavailable('timeout')), this.options.timeoutMs);
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

/** node-redis's ErrorReply (and its subclasses): Redis answered, with an error. Checked by name across realms. */
function isReplyError(error: unknown): boolean {
  for (let proto = Object.getPrototypeOf(error); proto; proto = Object.getPrototypeOf(proto)) {
    if (proto.constructor?.name === 'ErrorReply') return true;
  }
  return false;
}
