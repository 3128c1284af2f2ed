import { SANDBOX_JOB_SEEKERS } from '../metiers-recherches/job-seekers';
import { FIXED_TOKEN_PREFIX, type TokenStore } from './token-store';

const TEN_YEARS_MS = 10 * 365 * 24 * 3600 * 1000;
const USER_SCOPES = ['api_peconnect-metiersrecherchesv1', 'api_peconnect-individuv1', 'openid', 'profile', 'email'];

/** `sandbox-jobseeker-<id>`: a long-lived user token per sandbox job seeker, to try `me` without signing in. */
export function jobSeekerToken(id: string): string {
  return `${FIXED_TOKEN_PREFIX}jobseeker-${id}`;
}

/** Alice's token, already expired: the API answers 401. */
export const EXPIRED_JOB_SEEKER_TOKEN = `${FIXED_TOKEN_PREFIX}jobseeker-expired`;
/** Alice signed in without consenting to share her sought jobs: the API answers 403. */
export const NO_CONSENT_JOB_SEEKER_TOKEN = `${FIXED_TOKEN_PREFIX}jobseeker-noconsent`;

/** Registers the fixed job-seeker tokens, issued to `clientId` (the quota they count against). */
export function registerJobSeekerTokens(tokens: TokenStore, clientId: string, now: number = Date.now()): void {
  const scopes = new Set(USER_SCOPES);
  for (const { id } of SANDBOX_JOB_SEEKERS) {
    tokens.register(jobSeekerToken(id), { clientId, scopes, expiresAt: now + TEN_YEARS_MS, jobSeeker: id });
  }
  tokens.register(EXPIRED_JOB_SEEKER_TOKEN, { clientId, scopes, expiresAt: now - 60_000, jobSeeker: 'alice' });
  tokens.register(NO_CONSENT_JOB_SEEKER_TOKEN, {
    clientId,
    scopes: new Set(['openid', 'profile', 'email']),
    expiresAt: now + TEN_YEARS_MS,
    jobSeeker: 'alice',
  });
}
