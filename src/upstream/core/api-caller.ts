import type { UpstreamApi } from '../config';
import { UpstreamRateLimitedError, UpstreamUnauthenticatedError, UpstreamUnavailableError } from './errors';
import { TransportFailure, type HttpRequest, type HttpResponse, type HttpTransport } from './http-transport';
import type { ClientCredentialsTokens } from './oauth-tokens';
import type { QuotaLimiter } from './quota-limiter';
import { parseRetryAfterMs } from './retry-after';
import { retryBackoffMs } from './retry-backoff';
import { sleep } from './sleep';
import { endpointOf, type UpstreamObserver } from './upstream-observer';

export interface ApiCall extends Omit<HttpRequest, 'headers'> {
  api: UpstreamApi;
  headers?: Record<string, string>;
  /** A 5xx that is in fact an answer (Marché's "no figure" 500), handed back instead of retried. */
  isAnswer?: (response: HttpResponse) => boolean;
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
}

/** Used when a 429 carries no readable Retry-After. */
const DEFAULT_RETRY_AFTER_MS = 1000;

/**
 * One France Travail call made safe: waits for a quota slot, adds the bearer token, renews the token once on a
 * 401, waits out 429s for everyone sharing the limiter, retries 5xx and network failures a bounded number of
 * times. Hands back every other answer (2xx, 204, 400, 404…) for the API's own client to interpret.
 */
export class ApiCaller {
  constructor(
    private readonly transport: HttpTransport,
    private readonly tokens: ClientCredentialsTokens,
    private readonly limiter: QuotaLimiter,
    private readonly settings: ApiCallerSettings,
  ) {}

  async call(call: ApiCall): Promise<HttpResponse> {
    const onCall = this.settings.observer?.onCall;
    if (!onCall) return this.attempt(call, {});
    const tally: CallTally = {};
    const startedAt = performance.now();
    try {
      return await this.attempt(call, tally);
    } finally {
      onCall({
        api: call.api,
        endpoint: endpointOf(call.url),
        status: tally.status ?? 'network',
        durationMs: performance.now() - startedAt,
        quotaWaitMs: tally.quotaWaitMs ?? 0,
        attempts: tally.attempts ?? 0,
      });
    }
  }

  private async attempt(call: ApiCall, tally: CallTally): Promise<HttpResponse> {
    const { api } = call;
    const scopes = this.settings.scopes[api];
    let retries = 0;
    let quotaWaitedMs = 0;
    let renewedToken = false;
    let lastRetryAfterMs: number | undefined;

    for (;;) {
      // Token first: a slot reserved while the token is still on its way would be spent late, bunching calls
      // into bursts the upstream bucket refuses.
      const token = call.userToken ?? (await this.tokens.get(api, scopes));
      const slot = await this.limiter.reserve(api, this.settings.maxQuotaWaitMs - quotaWaitedMs);
      if (!slot.granted) throw new UpstreamRateLimitedError(api, secondsOf(lastRetryAfterMs ?? slot.waitMs));
      if (slot.waitMs > 0) {
        await sleep(slot.waitMs);
        quotaWaitedMs += slot.waitMs;
        tally.quotaWaitMs = quotaWaitedMs;
      }

      let response: HttpResponse;
      tally.attempts = (tally.attempts ?? 0) + 1;
      tally.status = undefined;
      try {
        response = await this.transport.send({
          method: call.method,
          url: call.url,
          body: call.body,
          headers: { accept: 'application/json', ...call.headers, authorization: `Bearer ${token}` },
        });
      } catch (error) {
        if (!(error instanceof TransportFailure)) throw error;
        if (retries >= this.settings.maxRetries) throw new UpstreamUnavailableError(api, error.message);
        retries += 1;
        await sleep(retryBackoffMs(retries));
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
        lastRetryAfterMs = parseRetryAfterMs(response.headers['retry-after']) ?? DEFAULT_RETRY_AFTER_MS;
        await this.limiter.pause(api, lastRetryAfterMs);
        if (retries >= this.settings.maxRetries) throw new UpstreamRateLimitedError(api, secondsOf(lastRetryAfterMs));
        retries += 1;
        continue;
      }
      if (status >= 500) {
        if (call.isAnswer?.(response)) return response;
        if (retries >= this.settings.maxRetries) throw new UpstreamUnavailableError(api, `HTTP ${status}`, status);
        retries += 1;
        await sleep(retryBackoffMs(retries));
        continue;
      }
      return response;
    }
  }
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
