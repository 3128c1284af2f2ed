import type { UpstreamApi } from '../config';
import { UpstreamUnauthenticatedError, UpstreamUnavailableError } from './errors';
import { TransportFailure, type HttpTransport } from './http-transport';
import { retryBackoffMs } from './retry-backoff';
import { sleep } from './sleep';

export interface TokenSettings {
  tokenUrl: string;
  credentials: { clientId: string; clientSecret: string };
  refreshMarginMs: number;
  maxRetries: number;
}

interface CachedToken {
  accessToken: string;
  /** When to stop handing it out and fetch a new one. */
  refreshAt: number;
}

interface TokenAnswer {
  access_token?: unknown;
  expires_in?: unknown;
  error?: unknown;
}

/** Lower bound on a token's useful life, so a token whose lifetime is shorter than the margin is still reused. */
const MIN_USEFUL_SHARE = 0.5;

/**
 * OAuth2 client-credentials tokens, one per scope set (a token only opens the APIs of its scopes).
 * Concurrent callers needing the same scope set share one token request.
 */
export class ClientCredentialsTokens {
  private readonly tokens = new Map<string, CachedToken>();
  private readonly pending = new Map<string, Promise<string>>();

  constructor(
    private readonly transport: HttpTransport,
    private readonly settings: TokenSettings,
    private readonly now: () => number = Date.now,
  ) {}

  /** A valid access token for `scopes`; `api` only names the caller in errors. */
  get(api: UpstreamApi, scopes: string): Promise<string> {
    const key = scopeSetKey(scopes);
    const cached = this.tokens.get(key);
    if (cached && this.now() < cached.refreshAt) return Promise.resolve(cached.accessToken);
    let request = this.pending.get(key);
    if (!request) {
      request = this.fetchToken(api, key, scopes.trim()).finally(() => this.pending.delete(key));
      this.pending.set(key, request);
    }
    return request;
  }

  /** Forgets `rejectedToken` after the API refused it, unless a newer token already replaced it. */
  invalidate(scopes: string, rejectedToken: string): void {
    const key = scopeSetKey(scopes);
    if (this.tokens.get(key)?.accessToken === rejectedToken) this.tokens.delete(key);
  }

  private async fetchToken(api: UpstreamApi, scopeKey: string, scopes: string): Promise<string> {
    const form = new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: this.settings.credentials.clientId,
      client_secret: this.settings.credentials.clientSecret,
      scope: scopes,
    }).toString();
    for (let retry = 0; ; retry++) {
      const requestedAt = this.now();
      try {
        const response = await this.transport.send({
          method: 'POST',
          url: this.settings.tokenUrl,
          headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
          body: form,
        });
        if (response.status === 200) return this.keep(api, scopeKey, response.body, requestedAt);
        if (response.status < 500) throw refusal(api, response.status, response.body);
        if (retry >= this.settings.maxRetries) {
          throw new UpstreamUnavailableError(api, `token endpoint answered HTTP ${response.status}`, response.status);
        }
      } catch (error) {
        if (!(error instanceof TransportFailure)) throw error;
        if (retry >= this.settings.maxRetries)
          throw new UpstreamUnavailableError(
            api,
            `token endpoint ${error.kind === 'timeout' ? 'did not answer in time' : 'unreachable'}`,
            undefined,
            error.kind === 'timeout' ? 'TIMEOUT' : 'NETWORK',
          );
      }
      await sleep(retryBackoffMs(retry + 1));
    }
  }

  private keep(api: UpstreamApi, scopeKey: string, body: string, requestedAt: number): string {
    let answer: TokenAnswer;
    try {
      answer = JSON.parse(body) as TokenAnswer;
    } catch {
      throw new UpstreamUnavailableError(api, 'unreadable token endpoint answer', 200);
    }
    if (typeof answer.access_token !== 'string' || answer.access_token === '') {
      throw new UpstreamUnavailableError(api, 'token endpoint answer has no access_token', 200);
    }
    const lifetimeMs = Math.max(0, Number(answer.expires_in) || 0) * 1000;
    const margin = Math.min(this.settings.refreshMarginMs, lifetimeMs * MIN_USEFUL_SHARE);
    this.tokens.set(scopeKey, { accessToken: answer.access_token, refreshAt: requestedAt + lifetimeMs - margin });
    return answer.access_token;
  }
}

/** The same scopes in any order are the same token. */
export function scopeSetKey(scopes: string): string {
  return [...new Set(scopes.split(/\s+/).filter(Boolean))].sort().join(' ');
}

function refusal(api: UpstreamApi, status: number, body: string): UpstreamUnauthenticatedError {
  let code: string | undefined;
  try {
    const parsed = JSON.parse(body) as TokenAnswer;
    if (typeof parsed.error === 'string' && /^[a-z_]{1,40}$/.test(parsed.error)) code = parsed.error;
  } catch {
    // No OAuth2 error code to report.
  }
  const detail =
    code === 'invalid_client' || code === 'unauthorized_client'
      ? 'client authentication failed'
      : code === 'invalid_scope'
        ? 'scope not granted to this application'
        : `token endpoint answered HTTP ${status}${code ? ` (${code})` : ''}`;
  return new UpstreamUnauthenticatedError(api, detail, status);
}
