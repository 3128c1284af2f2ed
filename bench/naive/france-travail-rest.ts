import { setMaxListeners } from 'node:events';
import { setTimeout as delay } from 'node:timers/promises';
import type { FranceTravailEndpoints } from '../../src/upstream/config';

/** The scope pair each France Travail API asks for (upstream-apis §0). */
export const SCOPES = {
  offres: 'api_offresdemploiv2 o2dsoffre',
  romeMetiers: 'api_rome-metiersv1 nomenclatureRome',
  romeFichesMetiers: 'api_rome-fiches-metiersv1 nomenclatureRome',
  marche: 'api_stats-offres-demandes-emploiv1 offresetdemandesemploi',
} as const;

export type Scope = (typeof SCOPES)[keyof typeof SCOPES];

export interface RestAnswer {
  status: number;
  headers: Headers;
  body: string;
}

export interface RestRequest {
  scope: Scope;
  method: 'GET' | 'POST';
  url: string;
  json?: unknown;
}

/**
 * What a team writes first: a token per scope set kept in a variable (with the pending request, so that the first
 * burst of resolvers does not each ask for one), and a fetch that waits out a 429's Retry-After and tries again.
 * Nothing more: no cache, no limiter, no sharing of identical calls.
 */
export class FranceTravailRest {
  private readonly tokens = new Map<string, { value: Promise<string>; expiresAt: number }>();
  private readonly stopping = new AbortController();

  constructor(
    readonly endpoints: FranceTravailEndpoints,
    private readonly credentials: { clientId: string; clientSecret: string },
  ) {
    // Every call in flight listens to the one stop signal.
    setMaxListeners(0, this.stopping.signal);
  }

  /** Abandons calls still waiting for a Retry-After (the server is going away). */
  abort(): void {
    this.stopping.abort();
  }

  async call(request: RestRequest): Promise<RestAnswer> {
    for (;;) {
      const token = await this.token(request.scope);
      const response = await fetch(request.url, {
        method: request.method,
        headers: {
          authorization: `Bearer ${token}`,
          accept: 'application/json',
          ...(request.json === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: request.json === undefined ? undefined : JSON.stringify(request.json),
        signal: this.stopping.signal,
      });
      const body = await response.text();
      if (response.status === 429) {
        await this.sleep(retryAfterMs(response.headers.get('retry-after')));
        continue;
      }
      if (response.status === 401) this.tokens.delete(request.scope);
      return { status: response.status, headers: response.headers, body };
    }
  }

  private token(scope: Scope): Promise<string> {
    const held = this.tokens.get(scope);
    if (held && Date.now() < held.expiresAt) return held.value;
    const value = this.fetchToken(scope);
    // Until the answer says otherwise, assume the documented lifetime.
    const entry = { value, expiresAt: Date.now() + 1_400_000 };
    this.tokens.set(scope, entry);
    value.then(
      () => undefined,
      () => this.tokens.delete(scope),
    );
    return value;
  }

  private async fetchToken(scope: Scope): Promise<string> {
    for (;;) {
      const response = await fetch(this.endpoints.tokenUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
        body: new URLSearchParams({
          grant_type: 'client_credentials',
          client_id: this.credentials.clientId,
          client_secret: this.credentials.clientSecret,
          scope,
        }).toString(),
        signal: this.stopping.signal,
      });
      if (response.status === 429) {
        await this.sleep(retryAfterMs(response.headers.get('retry-after')));
        continue;
      }
      if (response.status !== 200) throw new Error(`France Travail token endpoint answered HTTP ${response.status}`);
      const answer = (await response.json()) as { access_token: string; expires_in: number };
      const entry = this.tokens.get(scope);
      if (entry) entry.expiresAt = Date.now() + (answer.expires_in - 60) * 1000;
      return answer.access_token;
    }
  }

  private sleep(ms: number): Promise<void> {
    return delay(ms, undefined, { signal: this.stopping.signal });
  }
}

function retryAfterMs(header: string | null): number {
  const seconds = Number(header);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : 1000;
}
