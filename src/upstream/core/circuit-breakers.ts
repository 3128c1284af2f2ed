import {
  BrokenCircuitError,
  CircuitState,
  ConsecutiveBreaker,
  circuitBreaker,
  handleType,
  type CircuitBreakerPolicy,
} from 'cockatiel';
import { UpstreamCircuitOpenError } from './errors';
import { TransportFailure } from './http-transport';

export interface CircuitSettings {
  /** Consecutive failed attempts (5xx, timeouts, refused connections) that open an API's circuit. */
  failuresToOpen: number;
  /** How long an open circuit refuses calls before letting one probe through. */
  halfOpenAfterMs: number;
}

export type CircuitPosition = 'closed' | 'half-open' | 'open';

/** A 5xx answer, thrown inside the breaker so that it counts as a failure, then handed back to the caller. */
class FailedAnswer<T> extends Error {
  constructor(readonly answer: T) {
    super('failed answer');
  }
}

/**
 * One circuit breaker per France Travail API (cockatiel): after `failuresToOpen` failed attempts in a row, calls
 * to that API are refused at once with UPSTREAM_UNAVAILABLE for `halfOpenAfterMs`, then one probe call decides
 * whether it closes again. 4xx and 429 are answers, not failures: a quota or a bad request says nothing of health.
 */
export class ApiCircuits {
  private readonly breakers = new Map<string, { policy: CircuitBreakerPolicy; openedAt: number }>();

  constructor(private readonly settings: CircuitSettings) {}

  /**
   * Refuses at once while `api`'s circuit is open and no probe is due, or while a probe is under way, so that a
   * call to a dead API never waits for a token or a quota slot first.
   */
  assertCallable(api: string): void {
    const breaker = this.breakers.get(api);
    if (!breaker) return;
    const { state } = breaker.policy;
    if (state === CircuitState.HalfOpen) throw new UpstreamCircuitOpenError(api);
    if (state === CircuitState.Open && Date.now() - breaker.openedAt < this.settings.halfOpenAfterMs)
      throw new UpstreamCircuitOpenError(api);
  }

  /** Where `api`'s circuit stands (closed until its first failure), for the metrics. */
  positionOf(api: string): CircuitPosition {
    const state = this.breakers.get(api)?.policy.state;
    if (state === CircuitState.Open || state === CircuitState.Isolated) return 'open';
    if (state === CircuitState.HalfOpen) return 'half-open';
    return 'closed';
  }

  /** Runs one attempt through `api`'s breaker; `failed` tells which answers count as failures. */
  async attempt<T>(api: string, send: () => Promise<T>, failed: (answer: T) => boolean): Promise<T> {
    try {
      return await this.breakerOf(api).execute(async () => {
        const answer = await send();
        if (failed(answer)) throw new FailedAnswer(answer);
        return answer;
      });
    } catch (error) {
      if (error instanceof FailedAnswer) return error.answer as T;
      if (error instanceof BrokenCircuitError) throw new UpstreamCircuitOpenError(api);
      throw error;
    }
  }

  private breakerOf(api: string): CircuitBreakerPolicy {
    let breaker = this.breakers.get(api);
    if (!breaker) {
      const policy = circuitBreaker(handleType(TransportFailure).orType(FailedAnswer), {
        halfOpenAfter: this.settings.halfOpenAfterMs,
        breaker: new ConsecutiveBreaker(this.settings.failuresToOpen),
      });
      const created = { policy, openedAt: 0 };
      policy.onBreak(() => {
        created.openedAt = Date.now();
      });
      this.breakers.set(api, created);
      breaker = created;
    }
    return breaker.policy;
  }
}
