import type { IncomingMessage, ServerResponse } from 'node:http';
import { API_SCOPES, hasApiScopes } from './auth/scopes';
import { AUTHORIZE_PATH, handleAuthorizeRequest } from './auth/authorize-endpoint';
import { handleTokenRequest, TOKEN_PATH } from './auth/token-endpoint';
import { ADMIN_PREFIX, handleAdminRequest } from './control/admin';
import { header, type SandboxRequest } from './http/request';
import { emptyResponse, jsonResponse, textResponse, type SandboxResponse } from './http/response';
import type { TokenGrant } from './auth/token-store';
import type { RouteMatch } from './routing';
import type { SandboxState } from './state';
import type { FaultRule, SandboxApi } from './types';

export const API_PREFIX = '/partenaire';
const MAX_BODY_BYTES = 1024 * 1024;
const RATE_LIMIT_CAPACITY = 'X-Ratelimit-Burst-Capacity-Clientidlimiter';
const RATE_LIMIT_REMAINING = 'X-Ratelimit-Remaining-Clientidlimiter';

/** The gateway's answer to a missing, unknown or expired token, and to any path it does not know. */
const unauthorized = (): SandboxResponse => emptyResponse(401, { 'WWW-Authenticate': 'Bearer' });

export interface RequestListener {
  (request: IncomingMessage, response: ServerResponse): void;
  /** Stops pending delayed responses (used on close). */
  cancelPending(): void;
}

export function createRequestListener(state: SandboxState): RequestListener {
  const pending = new Set<NodeJS.Timeout>();

  const send = (res: ServerResponse, response: SandboxResponse, delayMs: number) => {
    const write = () => {
      if (res.destroyed || res.writableEnded) return;
      const body = response.body ?? '';
      const headers: Record<string, string | number> = { ...response.headers };
      if (response.status !== 204 && response.status !== 304) headers['Content-Length'] = Buffer.byteLength(body);
      res.writeHead(response.status, headers);
      res.end(response.status === 204 ? undefined : body);
    };
    if (delayMs <= 0) return write();
    const timer = setTimeout(() => {
      pending.delete(timer);
      write();
    }, delayMs);
    pending.add(timer);
  };

  const listener = ((req: IncomingMessage, res: ServerResponse) => {
    readRequest(req)
      .then((request) => {
        if (!request) return send(res, textResponse(413, 'Request Entity Too Large'), 0);
        if (request.path.startsWith(ADMIN_PREFIX)) return send(res, handleAdminRequest(request, state), 0);
        const response = answer(request, state);
        return send(res, response, state.latencyMs + (response.extraDelayMs ?? 0));
      })
      .catch(() => send(res, jsonResponse(500, { message: 'Erreur interne du serveur.' }), 0));
  }) as RequestListener;
  listener.cancelPending = () => {
    for (const timer of pending) clearTimeout(timer);
    pending.clear();
  };
  return listener;
}

function answer(request: SandboxRequest, state: SandboxState): SandboxResponse {
  if (request.path === TOKEN_PATH) {
    if (request.method !== 'POST') return textResponse(405, 'Method Not Allowed', { Allow: 'POST' });
    const fault = state.faults.take(undefined, request.path);
    if (fault) {
      state.counters.faultSent();
      return faultResponse(fault, undefined);
    }
    return handleTokenRequest(request, {
      clients: state.clients,
      tokens: state.tokens,
      ttlSeconds: state.tokenTtlSeconds,
      onIssued: (scopeKey) => state.counters.tokenIssued(scopeKey),
      individu: state.individu,
    });
  }
  if (request.path === AUTHORIZE_PATH) {
    if (request.method !== 'GET') return textResponse(405, 'Method Not Allowed', { Allow: 'GET' });
    return handleAuthorizeRequest(request, { clients: state.clients, codes: state.individu.codes });
  }
  if (request.path === API_PREFIX || request.path.startsWith(`${API_PREFIX}/`)) return answerApiCall(request, state);
  return textResponse(404, 'Not Found');
}

/** Gateway order: token, route, scopes, quota; then an injected fault or the API itself. */
function answerApiCall(request: SandboxRequest, state: SandboxState): SandboxResponse {
  const authorization = header(request, 'authorization') ?? '';
  const token = /^Bearer\s+(\S+)$/i.exec(authorization)?.[1];
  const lookup = token ? state.tokens.lookup(token) : undefined;
  if (lookup?.status !== 'valid') return unauthorized();

  const path = request.path.slice(API_PREFIX.length);
  const match = state.router.match(request.method, path);
  if (!match) return unauthorized();
  const api: SandboxApi = match.route.api;
  state.counters.apiCall(api, `${match.route.method} ${match.route.template}`);
  const extraDelayMs = state.apiLatencyMs[api] ?? 0;
  const answered = answerAuthorised(request, state, { api, grant: lookup.grant, match });
  return extraDelayMs > 0 ? { ...answered, extraDelayMs } : answered;
}

function answerAuthorised(
  request: SandboxRequest,
  state: SandboxState,
  call: { api: SandboxApi; grant: TokenGrant; match: RouteMatch },
): SandboxResponse {
  const { api, grant, match } = call;
  if (!hasApiScopes(grant.scopes, api)) {
    return jsonResponse(403, {
      error: 'insufficient_scope',
      error_description: `Scopes required: ${API_SCOPES[api].join(' ')}`,
    });
  }

  const quota = state.quotas.take(grant.clientId, api);
  const rateHeaders: Record<string, string> =
    quota.capacity > 0 && Number.isFinite(quota.capacity)
      ? { [RATE_LIMIT_CAPACITY]: String(quota.capacity), [RATE_LIMIT_REMAINING]: String(quota.remaining) }
      : {};
  if (!quota.allowed) {
    state.counters.rateLimited(api);
    return textResponse(429, 'Too Many Requests', { 'Retry-After': String(quota.retryAfterSeconds), ...rateHeaders });
  }

  const fault = state.faults.take(api, request.path);
  if (fault) {
    state.counters.faultSent();
    if (fault.status === 429) state.counters.rateLimited(api);
    return faultResponse(fault, quota.capacity);
  }

  const response = match.route.handle(request, match.params);
  return { ...response, headers: { ...response.headers, ...rateHeaders } };
}

function faultResponse(rule: FaultRule, capacity: number | undefined): SandboxResponse {
  if (rule.status === 429) {
    return textResponse(429, rule.body ?? 'Too Many Requests', {
      'Retry-After': String(Math.max(1, Math.ceil(rule.retryAfterSeconds ?? 1))),
      ...(capacity !== undefined && capacity > 0 && Number.isFinite(capacity)
        ? { [RATE_LIMIT_CAPACITY]: String(capacity) }
        : {}),
      [RATE_LIMIT_REMAINING]: '0',
    });
  }
  if (rule.status === 204 || rule.status === 304) return emptyResponse(rule.status);
  if (rule.malformedJson) {
    return {
      status: rule.status,
      headers: { 'Content-Type': 'application/json;charset=UTF-8' },
      body: '{"resultats":[{"id":"1","intitule":"Dével',
    };
  }
  if (rule.body !== undefined) {
    return isJson(rule.body)
      ? { status: rule.status, headers: { 'Content-Type': 'application/json;charset=UTF-8' }, body: rule.body }
      : textResponse(rule.status, rule.body);
  }
  return jsonResponse(rule.status, {
    message: rule.status >= 500 ? 'Une erreur technique est survenue.' : 'Requête refusée.',
  });
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** Reads the whole body; undefined when it is larger than the sandbox accepts. */
function readRequest(req: IncomingMessage): Promise<SandboxRequest | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on('error', reject);
    req.on('end', () => {
      if (tooLarge) return resolve(undefined);
      const url = new URL(req.url ?? '/', 'http://sandbox.invalid');
      resolve({
        method: (req.method ?? 'GET').toUpperCase(),
        path: url.pathname,
        query: url.searchParams,
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      });
    });
  });
}
