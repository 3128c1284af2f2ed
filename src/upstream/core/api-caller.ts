import type { UpstreamApi } from '../config';
import type { ApiCircuits } from './circuit-breakers';
import { Deadline } from './deadline';
import {
  UpstreamRateLimitedError,
  UpstreamTimeoutError,
  UpstreamUnauthenticatedError,
  UpstreamUnavailableError,
} from './errors';
import type { FairQuotaQueue } from './fair-quota-queue';
import { TransportFailure, type HttpRequest, type HttpResponse, type HttpTransport } from './http-transport';
import type { ClientCredentialsTokens } from './oauth-tokens';
import { ANONYMOUS_CLIENT, type RequestScope } from './request-scope';
import { parseRetryAfterMs } from './retry-after';
import { retryBackoffMs } from './retry-backoff';
import { sleep } from './sleep';
import { endpointOf, type UpstreamCallRecord, type UpstreamObserver } from './upstream-observer';

export interface ApiCall extends Omit<HttpRequest, 'headers'> {
  api: UpstreamApi;
  headers?: Record<string, string>;
  /** A 5xx that is in fact an answer (Marché's "no figure" 500), handed back instead of retried. */
  isAnswer?: (response: HttpResponse) => boolean;
  /** The incoming request this call serves: its deadline and its client. */
  scope?: RequestScope;
  /**
   * A job seeker's own access token (France Travail Connect), sent instead of the application's. Their 401 or 403
   * is handed back for the client to report: never renewed, never retried with the application's token.
   */
  userToken?: string;
}

export interface ApiCallerSettings {
  scopes: Record<UpstreamApi, string>;
  maxRetries: number;
  maxQuotaWaitMs: number;
  /** Told of every call as it ends (logs, metrics, per-request cost). */
  observer?: UpstreamObserver;
  /** Longest one attempt may take (FT_TIMEOUT_MS); the request's deadline may cut it shorter. */
  attemptTimeoutMs: number;
  /** A call made without a request's deadline gets one of this length from its start (REQUEST_DEADLINE_MS). */
  defaultDeadlineMs: number;
}

/** Used when a 429 carries no readable Retry-After. */
const DEFAULT_RETRY_AFTER_MS = 1000;
/**
 * A retry is only worth starting with at least this long left before the deadline (capped by the attempt timeout):
 * about what a France Travail call takes when it is healthy.
 */
const MIN_USEFUL_ATTEMPT_MS = 1000;

/**
 * One France Travail call made safe: refuses at once while the API's circuit is open, waits for the token and for
 * a quota slot (shared fairly between clients), adds the bearer token, renews the token once on a 401, waits out
 * 429s for everyone sharing the limiter, retries 5xx and network failures a bounded number of times. Every wait is
 * bounded by the request's deadline: no retry starts that could not finish before it. Hands back every other answer
 * (2xx, 204, 400, 404…) for the API's own client to interpret.
 */
export class ApiCaller {
  constructor(
    private readonly transport: HttpTransport,
    private readonly tokens: ClientCredentialsTokens,
    private readonly quota: FairQuotaQueue,
    private readonly circuits: ApiCircuits,
    private readonly settings: ApiCallerSettings,
  ) {}

  async call(call: ApiCall): Promise<HttpResponse> {
    const observer = this.settings.observer;
    const requestTally = call.scope?.tally;
    if (!observer?.onCall && !requestTally?.onCall) return this.attempt(call, {});
    const tally: CallTally = {};
    const startedAt = performance.now();
    try {
      return await this.attempt(call, tally);
    } finally {
      const record: UpstreamCallRecord = {
        api: call.api,
        endpoint: endpointOf(call.url),
        status: tally.status ?? 'network',
        durationMs: performance.now() - startedAt,
        quotaWaitMs: tally.quotaWaitMs ?? 0,
        attempts: tally.attempts ?? 0,
      };
      observer?.onCall?.(record);
      requestTally?.onCall?.(record);
    }
  }

  private async attempt(call: ApiCall, tally: CallTally): Promise<HttpResponse> {
    const { api } = call;
    const deadline = call.scope?.deadline ?? Deadline.after(this.settings.defaultDeadlineMs);
    const clientId = call.scope?.clientId ?? ANONYMOUS_CLIENT;
    const scopes = this.settings.scopes[api];
    const left = () => deadline.remainingMs();
    const minAttemptMs = Math.min(this.settings.attemptTimeoutMs, MIN_USEFUL_ATTEMPT_MS);
    const canRetry = (retries: number, backoffMs: number) =>
      retries < this.settings.maxRetries && left() - backoffMs >= minAttemptMs;
    let retries = 0;
    let quotaWaitStart: number | undefined;
    let renewedToken = false;
    /** Why the previous attempt failed, when this one is a retry: what the caller is told if the retry cannot start. */
    let lastFailure: Error | undefined;

    for (;;) {
      this.circuits.assertCallable(api);
      if (deadline.expired) throw outOfTime(api, deadline);
      // Token first: a slot reserved while the token is still on its way would be spent late, bunching calls
      // into bursts the upstream bucket refuses.
      const token = call.userToken ?? (await this.within(deadline, api, this.tokens.get(api, scopes)));
      quotaWaitStart ??= performance.now();
      const quotaLeftMs = this.settings.maxQuotaWaitMs - (performance.now() - quotaWaitStart);
      const maxWaitMs = Math.max(0, Math.min(quotaLeftMs, left() - minAttemptMs));
      try {
        const askedAt = performance.now();
        await this.quota.acquire({ api, clientId, maxWaitMs, background: call.scope?.priority === 'background' });
        tally.quotaWaitMs = (tally.quotaWaitMs ?? 0) + (performance.now() - askedAt);
      } catch (error) {
        // A retry that cannot get a slot in time leaves the caller with the failure it retried, not a quota story.
        if (lastFailure && error instanceof UpstreamRateLimitedError && error.reason === 'LOCAL_QUOTA_QUEUE')
          throw lastFailure;
        throw error;
      }

      const attemptMs = Math.min(this.settings.attemptTimeoutMs, left());
      let response: HttpResponse;
      tally.attempts = (tally.attempts ?? 0) + 1;
      tally.status = undefined;
      try {
        response = await this.circuits.attempt(
          api,
          () =>
            this.transport.send(
              {
                method: call.method,
                url: call.url,
                body: call.body,
                headers: { accept: 'application/json', ...call.headers, authorization: `Bearer ${token}` },
              },
              { timeoutMs: attemptMs },
            ),
          (answer) => answer.status >= 500 && !call.isAnswer?.(answer),
        );
      } catch (error) {
        if (!(error instanceof TransportFailure)) throw error;
        const backoffMs = retryBackoffMs(retries + 1);
        const cutByDeadline = attemptMs < this.settings.attemptTimeoutMs;
        lastFailure = failureOf(api, error, cutByDeadline ? deadline.budgetMs : attemptMs);
        if (!canRetry(retries, backoffMs)) throw lastFailure;
        retries += 1;
        await sleep(backoffMs);
        continue;
      }

      const { status } = response;
      tally.status = status;
      if ((status === 401 || status === 403) && call.userToken !== undefined) return response;
      if (status === 401) {
        if (renewedToken) throw new UpstreamUnauthenticatedError(api, 'access token rejected', status);
        this.tokens.invalidate(scopes, token);
        renewedToken = true;
        continue;
      }
      if (status === 403) throw new UpstreamUnauthenticatedError(api, 'access denied for this application', status);
      if (status === 429) {
        const retryAfterMs = parseRetryAfterMs(response.headers['retry-after']) ?? DEFAULT_RETRY_AFTER_MS;
        await this.quota.pause(api, retryAfterMs);
        lastFailure = new UpstreamRateLimitedError(api, secondsOf(retryAfterMs));
        if (retries >= this.settings.maxRetries) throw lastFailure;
        retries += 1;
        continue;
      }
      if (status >= 500) {
        if (call.isAnswer?.(response)) return response;
        const backoffMs = retryBackoffMs(retries + 1);
        lastFailure = new UpstreamUnavailableError(api, `HTTP ${status}`, status);
        if (!canRetry(retries, backoffMs)) throw lastFailure;
        retries += 1;
        await sleep(backoffMs);
        continue;
      }
      return response;
    }
  }

  /** Waits for shared work (a token request) no longer than the deadline; the work itself goes on for others. */
  private within<T>(deadline: Deadline, api: string, work: Promise<T>): Promise<T> {
    return deadline.race(work, () => outOfTime(api, deadline));
  }
}

function outOfTime(api: string, deadline: Deadline): UpstreamTimeoutError {
  return new UpstreamTimeoutError(api, deadline.budgetMs);
}

/** What a failed exchange tells the caller: the kind of failure, never the socket's error code (kept as `cause`). */
function failureOf(api: string, failure: TransportFailure, waitedMs: number): Error {
  const error =
    failure.kind === 'timeout'
      ? new UpstreamTimeoutError(api, waitedMs)
      : new UpstreamUnavailableError(api, 'connection failed', undefined, 'NETWORK');
  error.cause = failure;
  return error;
}

/** What one call went through, filled in as it goes, for the observer. */
interface CallTally {
  status?: number;
  quotaWaitMs?: number;
  attempts?: number;
}

function secondsOf(ms: number): number {
  return Math.max(1, Math.ceil(ms / 1000));
}
