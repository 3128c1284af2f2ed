import { randomBytes } from 'node:crypto';

export interface TokenGrant {
  clientId: string;
  scopes: ReadonlySet<string>;
  expiresAt: number;
  /** The job seeker a user token (realm /individu) was issued to; absent on application tokens. */
  jobSeeker?: string;
}

/** Fixed tokens (registered, never issued) start with this; they stay readable even long expired. */
export const FIXED_TOKEN_PREFIX = 'sandbox-';

export type TokenLookup = { status: 'valid'; grant: TokenGrant } | { status: 'expired' } | { status: 'unknown' };

/** Opaque bearer tokens issued by the token endpoint, each valid for its own scopes until it expires. */
export class TokenStore {
  private readonly grants = new Map<string, TokenGrant>();

  constructor(private readonly now: () => number = Date.now) {}

  issue(clientId: string, scopes: ReadonlySet<string>, ttlSeconds: number, jobSeeker?: string): string {
    this.purgeExpired();
    const token = randomBytes(24).toString('base64url');
    this.grants.set(token, { clientId, scopes, expiresAt: this.now() + ttlSeconds * 1000, jobSeeker });
    return token;
  }

  /** A token known in advance (the sandbox's fixed job-seeker tokens); `expiresAt` may lie in the past. */
  register(token: string, grant: TokenGrant): void {
    this.grants.set(token, grant);
  }

  lookup(token: string): TokenLookup {
    const grant = this.grants.get(token);
    if (!grant) return { status: 'unknown' };
    if (grant.expiresAt <= this.now()) return { status: 'expired' };
    return { status: 'valid', grant };
  }

  /** Expires every token issued so far (fault knob: a revocation or a clock jump at the gateway). */
  expireAll(): void {
    const now = this.now();
    for (const grant of this.grants.values()) grant.expiresAt = Math.min(grant.expiresAt, now);
  }

  private purgeExpired(): void {
    const now = this.now();
    // Keep recently expired tokens a while so they still read as "expired" rather than "unknown".
    for (const [token, grant] of this.grants)
      if (grant.expiresAt + 3_600_000 <= now && !token.startsWith(FIXED_TOKEN_PREFIX)) this.grants.delete(token);
  }
}
