import { header, type SandboxRequest } from '../http/request';
import { jsonResponse, type SandboxResponse } from '../http/response';
import type { SandboxClient } from '../types';
import { isIgnoredScope, KNOWN_SCOPES } from './scopes';
import type { AuthorizationCodes } from './authorization-codes';
import { INDIVIDU_REALMS } from './authorize-endpoint';
import type { TokenStore } from './token-store';
import { handleUserTokenRequest } from './user-token-endpoint';

export const TOKEN_PATH = '/connexion/oauth2/access_token';

/** Clients write the realm as `/partenaire`, `%2Fpartenaire` or `partenaire`; one old client put it in the form body. */
const ACCEPTED_REALMS = new Set(['/partenaire', 'partenaire']);

const NO_STORE = { 'Cache-Control': 'no-store', Pragma: 'no-cache' };

export interface TokenEndpointContext {
  clients: SandboxClient[];
  tokens: TokenStore;
  ttlSeconds: number;
  onIssued(scopeKey: string): void;
  /** Realm /individu: authorization codes to redeem and the (short) life of job-seeker tokens. */
  individu: { codes: AuthorizationCodes; ttlSeconds: number };
}

function oauthError(error: string, description: string): SandboxResponse {
  return jsonResponse(400, { error, error_description: description }, NO_STORE);
}

/**
 * `POST /connexion/oauth2/access_token?realm=/partenaire`, client-credentials grant (upstream-apis §2.1); with
 * `realm=/individu`, the authorization-code grant of France Travail Connect (§2.2).
 */
export function handleTokenRequest(request: SandboxRequest, context: TokenEndpointContext): SandboxResponse {
  const form = new URLSearchParams(request.body);
  const realm = request.query.get('realm') ?? form.get('realm');
  if (realm && INDIVIDU_REALMS.has(realm)) {
    return handleUserTokenRequest(request, form, clientCredentials(request, form), {
      clients: context.clients,
      tokens: context.tokens,
      codes: context.individu.codes,
      ttlSeconds: context.individu.ttlSeconds,
    });
  }
  if (!realm || !ACCEPTED_REALMS.has(realm)) return oauthError('invalid_request', 'Invalid realm');

  const grantType = form.get('grant_type');
  if (!grantType) return oauthError('invalid_request', 'Grant type is not set');
  if (grantType !== 'client_credentials')
    return oauthError('unsupported_grant_type', `Grant type is not supported: ${grantType}`);

  const credentials = clientCredentials(request, form);
  const client = context.clients.find(
    (c) => c.clientId === credentials.clientId && c.clientSecret === credentials.clientSecret,
  );
  if (!client) return oauthError('invalid_client', 'Client authentication failed');

  const requested = (form.get('scope') ?? '').split(/\s+/).filter((s) => s !== '' && !isIgnoredScope(s));
  const unknown = requested.filter((s) => !KNOWN_SCOPES.has(s));
  if (unknown.length > 0 || requested.length === 0) {
    return oauthError('invalid_scope', `Unknown/invalid scope(s): [${unknown.join(', ')}]`);
  }
  const granted = [...new Set(requested)];
  const accessToken = context.tokens.issue(client.clientId, new Set(granted), context.ttlSeconds);
  context.onIssued([...granted].sort().join(' '));
  return jsonResponse(
    200,
    { scope: granted.join(' '), expires_in: context.ttlSeconds, token_type: 'Bearer', access_token: accessToken },
    NO_STORE,
  );
}

/** From the form (client_secret_post) or an HTTP Basic header (client_secret_basic). */
function clientCredentials(
  request: SandboxRequest,
  form: URLSearchParams,
): { clientId?: string; clientSecret?: string } {
  const authorization = header(request, 'authorization');
  if (authorization?.startsWith('Basic ') && !form.has('client_id')) {
    const decoded = Buffer.from(authorization.slice(6), 'base64').toString('utf8');
    const separator = decoded.indexOf(':');
    if (separator > 0) {
      return {
        clientId: safeDecode(decoded.slice(0, separator)),
        clientSecret: safeDecode(decoded.slice(separator + 1)),
      };
    }
  }
  return { clientId: form.get('client_id') ?? undefined, clientSecret: form.get('client_secret') ?? undefined };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
