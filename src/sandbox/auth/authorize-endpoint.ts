import type { SandboxRequest } from '../http/request';
import { jsonResponse, type SandboxResponse } from '../http/response';
import { jobSeekerById } from '../metiers-recherches/job-seekers';
import type { SandboxClient } from '../types';
import type { AuthorizationCodes } from './authorization-codes';
import { INDIVIDU_SCOPES } from './scopes';

export const AUTHORIZE_PATH = '/connexion/oauth2/authorize';
export const INDIVIDU_REALMS: ReadonlySet<string> = new Set(['/individu', 'individu']);
/** Who signs in when the BFF names nobody: the sandbox has no login page. */
const DEFAULT_JOB_SEEKER = 'alice';

export interface AuthorizeContext {
  clients: SandboxClient[];
  codes: AuthorizationCodes;
}

/**
 * `GET /connexion/oauth2/authorize?realm=/individu&response_type=code&…` (upstream-apis §2.2). France Travail shows
 * its login page here; the sandbox signs in the job seeker named by `login_hint` (default alice) at once and
 * redirects back with a code, or with `error` as France Travail does.
 */
export function handleAuthorizeRequest(request: SandboxRequest, context: AuthorizeContext): SandboxResponse {
  const query = request.query;
  if (!INDIVIDU_REALMS.has(query.get('realm') ?? '')) {
    return jsonResponse(400, { error: 'invalid_request', error_description: 'Invalid realm' });
  }
  const redirectUri = query.get('redirect_uri') ?? '';
  if (!isAbsoluteUrl(redirectUri)) {
    return jsonResponse(400, { error: 'invalid_request', error_description: 'Missing or invalid redirect_uri' });
  }
  const state = query.get('state') ?? undefined;
  const fail = (error: string, description: string) =>
    redirect(redirectUri, { error, error_description: description, state });

  const clientId = query.get('client_id') ?? '';
  if (!context.clients.some((client) => client.clientId === clientId)) return fail('invalid_client', 'Unknown client');
  if (query.get('response_type') !== 'code')
    return fail('unsupported_response_type', 'Only response_type=code is supported');
  const scopes = (query.get('scope') ?? '').split(/\s+/).filter(Boolean);
  const unknown = scopes.filter((scope) => !INDIVIDU_SCOPES.has(scope));
  if (scopes.length === 0 || unknown.length > 0)
    return fail('invalid_scope', `Unknown/invalid scope(s): [${unknown.join(', ')}]`);
  const jobSeeker = query.get('login_hint') || DEFAULT_JOB_SEEKER;
  if (!jobSeekerById(jobSeeker)) return fail('access_denied', 'Unknown sandbox job seeker');

  const code = context.codes.issue({
    clientId,
    redirectUri,
    scopes,
    jobSeeker,
    nonce: query.get('nonce') ?? undefined,
  });
  return redirect(redirectUri, {
    code,
    scope: scopes.join(' '),
    iss: `${issuerOf(request)}`,
    client_id: clientId,
    state,
  });
}

/** The issuer named in codes and id tokens: this sandbox's own realm URL. */
export function issuerOf(request: SandboxRequest): string {
  const host = request.headers.host ?? '127.0.0.1';
  return `http://${host}/connexion/oauth2/individu`;
}

function redirect(uri: string, params: Record<string, string | undefined>): SandboxResponse {
  const target = new URL(uri);
  for (const [name, value] of Object.entries(params)) if (value !== undefined) target.searchParams.set(name, value);
  return { status: 302, headers: { Location: target.toString(), 'Cache-Control': 'no-store' } };
}

function isAbsoluteUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}
