import { createHmac } from 'node:crypto';
import type { SandboxRequest } from '../http/request';
import { jsonResponse, type SandboxResponse } from '../http/response';
import type { SandboxClient } from '../types';
import type { AuthorizationCodes } from './authorization-codes';
import { issuerOf } from './authorize-endpoint';
import type { TokenStore } from './token-store';

const NO_STORE = { 'Cache-Control': 'no-store', Pragma: 'no-cache' };

export interface UserTokenContext {
  clients: SandboxClient[];
  tokens: TokenStore;
  codes: AuthorizationCodes;
  /** `expires_in` of job-seeker tokens: short, as France Travail's (59 s in its documentation). */
  ttlSeconds: number;
}

const oauthError = (error: string, description: string): SandboxResponse =>
  jsonResponse(400, { error, error_description: description }, NO_STORE);

/**
 * `POST /connexion/oauth2/access_token?realm=/individu`, authorization-code grant (upstream-apis §2.2): trades the
 * code of the authorize redirect for the job seeker's access token, an id_token and the nonce sent on authorize.
 */
export function handleUserTokenRequest(
  request: SandboxRequest,
  form: URLSearchParams,
  credentials: { clientId?: string; clientSecret?: string },
  context: UserTokenContext,
): SandboxResponse {
  const grantType = form.get('grant_type');
  if (grantType !== 'authorization_code') {
    return oauthError('invalid_request', `Grant type ${grantType ?? '(none)'} is not available in realm /individu`);
  }
  const client = context.clients.find(
    (c) => c.clientId === credentials.clientId && c.clientSecret === credentials.clientSecret,
  );
  if (!client) return oauthError('invalid_client', 'Client authentication failed');
  const grant = context.codes.redeem(form.get('code') ?? '');
  if (!grant || grant.clientId !== client.clientId)
    return oauthError('invalid_grant', 'The provided access grant is invalid, expired, or revoked.');
  if (form.get('redirect_uri') !== grant.redirectUri)
    return oauthError('redirect_uri_mismatch', 'The redirection URI provided does not match a pre-registered value.');

  const accessToken = context.tokens.issue(client.clientId, new Set(grant.scopes), context.ttlSeconds, grant.jobSeeker);
  const issuedAt = Math.floor(Date.now() / 1000);
  const idToken = signedJwt(
    {
      iss: issuerOf(request),
      sub: grant.jobSeeker,
      aud: client.clientId,
      iat: issuedAt,
      auth_time: issuedAt,
      exp: issuedAt + context.ttlSeconds,
      ...(grant.nonce ? { nonce: grant.nonce } : {}),
    },
    client.clientSecret,
  );
  return jsonResponse(
    200,
    {
      scope: grant.scopes.join(' '),
      expires_in: context.ttlSeconds,
      token_type: 'Bearer',
      access_token: accessToken,
      id_token: idToken,
      refresh_token: `unused-${accessToken.slice(0, 8)}`,
      ...(grant.nonce ? { nonce: grant.nonce } : {}),
    },
    NO_STORE,
  );
}

/** An HS256 id_token keyed by the client secret (OpenID Connect's choice for confidential clients). */
function signedJwt(claims: Record<string, unknown>, secret: string): string {
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const unsigned = `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode(claims)}`;
  return `${unsigned}.${createHmac('sha256', secret).update(unsigned).digest('base64url')}`;
}
