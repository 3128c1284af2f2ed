import type { UpstreamApi } from '../config';
import { UpstreamRateLimitedError } from './errors';
import type { QuotaLimiter } from './quota-limiter';
import { sleep } from './sleep';

export interface SlotRequest {
  api: UpstreamApi;
  /** Whose turn it is: calls are served one client after another, not in arrival order. */
  clientId: string;
  /** Longest this call may wait for its slot (quota wait limit or what is left of the request's deadline). */
  maxWaitMs: number;
  /**
   * Background work (the cache warm-up): served only when no live call waits, so it never delays a request by
   * more than the slot it already holds.
   */
  background?: boolean;
}

interface Waiter {
  clientId: string;
  background: boolean;
  giveUpAt: number;
  grant(): void;
  refuse(error: Error): void;
}

/**
 * Shares an API's quota fairly between the clients of this server. While the quota is not saturated a call takes
 * its slot at once; when calls must wait, they queue per client and the slots, one at a time from the limiter
 * (memory or Redis), go to the clients in turn (round robin). One client's burst of fifty searches thus waits
 * behind itself, while another client's single query takes the next slot. With Redis the limiter shares the quota
 * between instances and this queue shares each instance's slots between its own clients. Background calls queue
 * apart and get a slot only when no live call is waiting.
 */
export class FairQuotaQueue {
  /** Per API: waiting live calls per client, in turn order (the client served last goes to the back). */
  private readonly waiting = new Map<UpstreamApi, Map<string, Waiter[]>>();
  /** Per API: waiting background calls per client, served when `waiting` is empty. */
  private readonly waitingBehind = new Map<UpstreamApi, Map<string, Waiter[]>>();
  private readonly pumping = new Set<UpstreamApi>();
  /** When France Travail's last Retry-After for an API ends, as this process heard it. */
  private readonly pausedUntil = new Map<UpstreamApi, number>();

  constructor(
    private readonly limiter: QuotaLimiter,
    private readonly quotas: Record<UpstreamApi, number>,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Resolves when the call may start; rejects with UPSTREAM_RATE_LIMITED when it could not start in time. */
  async acquire(request: SlotRequest): Promise<void> {
    const { api } = request;
    const background = request.background === true;
    const queue = this.queueOf(api, background);
    if (this.queueOf(api).size === 0 && this.queueOf(api, true).size === 0) {
      const slot = await this.limiter.reserve(api, 0);
      if (slot.granted) return;
    }
    // Background calls wait behind every live one; live calls ignore background ones.
    const ahead = background ? [...this.queueOf(api).values()].flat().length : 0;
    const estimateMs =
      this.pauseLeft(api) + (ahead + this.turnsBefore(queue, request.clientId)) * (1000 / this.quotas[api]);
    if (estimateMs > request.maxWaitMs) throw this.refusal(api, estimateMs);

    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.remove(api, waiter);
        reject(this.refusal(api, Math.max(estimateMs, this.pauseLeft(api))));
      }, request.maxWaitMs);
      const waiter: Waiter = {
        clientId: request.clientId,
        background,
        giveUpAt: this.now() + request.maxWaitMs,
        grant: () => {
          clearTimeout(timer);
          resolve();
        },
        refuse: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      };
      const own = queue.get(request.clientId);
      if (own) own.push(waiter);
      else queue.set(request.clientId, [waiter]);
      void this.pump(api);
    });
  }

  /** Holds every call of `api` for `ms` (France Travail's Retry-After), here and, through the limiter, elsewhere. */
  async pause(api: UpstreamApi, ms: number): Promise<void> {
    this.pausedUntil.set(api, Math.max(this.pausedUntil.get(api) ?? 0, this.now() + ms));
    await this.limiter.pause(api, ms);
  }

  /** Calls waiting for a slot of `api`, live and background (for tests and metrics). */
  waitingFor(api: UpstreamApi): number {
    return this.waitersOf(api).length;
  }

  /** Takes slots from the limiter one at a time and hands each to the next client in turn. */
  private async pump(api: UpstreamApi): Promise<void> {
    if (this.pumping.has(api)) return;
    this.pumping.add(api);
    const live = this.queueOf(api);
    const behind = this.queueOf(api, true);
    const refuseAll = (error: Error) => {
      for (const waiter of this.waitersOf(api)) waiter.refuse(error);
      live.clear();
      behind.clear();
    };
    try {
      while (live.size > 0 || behind.size > 0) {
        const horizon = Math.max(0, ...this.waitersOf(api).map((w) => w.giveUpAt - this.now()));
        const slot = await this.limiter.reserve(api, horizon);
        if (!slot.granted) {
          // Nobody waiting can last until the next slot.
          refuseAll(this.refusal(api, slot.waitMs));
          break;
        }
        await sleep(slot.waitMs);
        // Decided once the slot is due, so a live call that arrived meanwhile goes first.
        this.nextInTurn(live.size > 0 ? live : behind)?.grant();
      }
    } catch (error) {
      refuseAll(error as Error);
    } finally {
      this.pumping.delete(api);
    }
  }

  private nextInTurn(queue: Map<string, Waiter[]>): Waiter | undefined {
    const first = queue.entries().next();
    if (first.done) return undefined;
    const [clientId, waiters] = first.value;
    const waiter = waiters.shift();
    queue.delete(clientId);
    if (waiters.length > 0) queue.set(clientId, waiters);
    return waiter;
  }

  /** Slots handed out before a new call of `clientId` gets one, if every waiting client keeps its turn. */
  private turnsBefore(queue: Map<string, Waiter[]>, clientId: string): number {
    const round = queue.get(clientId)?.length ?? 0;
    let turns = round;
    for (const [other, waiters] of queue) if (other !== clientId) turns += Math.min(waiters.length, round + 1);
    return turns;
  }

  private remove(api: UpstreamApi, waiter: Waiter): void {
    const queue = this.queueOf(api, waiter.background);
    const waiters = queue.get(waiter.clientId);
    if (!waiters) return;
    const index = waiters.indexOf(waiter);
    if (index >= 0) waiters.splice(index, 1);
    if (waiters.length === 0) queue.delete(waiter.clientId);
  }

  private pauseLeft(api: UpstreamApi): number {
    return Math.max(0, (this.pausedUntil.get(api) ?? 0) - this.now());
  }

  /** France Travail's own 429 while its Retry-After runs; otherwise our limiter's queue is what is too long. */
  private refusal(api: UpstreamApi, waitMs: number): UpstreamRateLimitedError {
    const source = this.pauseLeft(api) > 0 ? 'UPSTREAM_QUOTA' : 'LOCAL_QUOTA_QUEUE';
    return new UpstreamRateLimitedError(api, Math.max(1, Math.ceil(waitMs / 1000)), source);
  }

  private queueOf(api: UpstreamApi, background = false): Map<string, Waiter[]> {
    const queues = background ? this.waitingBehind : this.waiting;
    let queue = queues.get(api);
    if (!queue) {
      queue = new Map();
      queues.set(api, queue);
    }
    return queue;
  }

  private waitersOf(api: UpstreamApi): Waiter[] {
    return [...this.queueOf(api).values(), ...this.queueOf(api, true).values()].flat();
  }
}
