import { randomBytes } from 'node:crypto';

export interface AuthorizationGrant {
  clientId: string;
  redirectUri: string;
  scopes: readonly string[];
  jobSeeker: string;
  nonce?: string;
  expiresAt: number;
}

/** A code lives one minute and is good for one token request, as OAuth2 requires. */
const CODE_LIFETIME_MS = 60_000;

/** Authorization codes handed out by the sandbox's authorize endpoint (realm /individu). */
export class AuthorizationCodes {
  private readonly codes = new Map<string, AuthorizationGrant>();

  constructor(private readonly now: () => number = Date.now) {}

  issue(grant: Omit<AuthorizationGrant, 'expiresAt'>): string {
    const now = this.now();
    for (const [code, held] of this.codes) if (held.expiresAt <= now) this.codes.delete(code);
    const code = randomBytes(18).toString('base64url');
    this.codes.set(code, { ...grant, expiresAt: now + CODE_LIFETIME_MS });
    return code;
  }

  /** The grant of a valid code, which is spent by this call. */
  redeem(code: string): AuthorizationGrant | undefined {
    const grant = this.codes.get(code);
    this.codes.delete(code);
    return grant && grant.expiresAt > this.now() ? grant : undefined;
  }
}
