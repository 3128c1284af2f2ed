import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { HTTPGraphQLRequest } from '@apollo/server';
import { parseCacheControl } from './cache-policy';
import type { ResponseStore, StoredAnswer } from './response-store';

/** The request headers that change an answer besides the operation itself. */
const VARYING_HEADERS = ['accept', 'x-upstream-cost-estimate'];
/** The credentials of the user a private answer belongs to. */
const USER_HEADERS = ['x-job-seeker-token', 'authorization'];

/**
 * Whole answers of identical operations with identical variables, reused for their Cache-Control max-age. Only
 * answers the cache-control plugin marked cacheable are kept (never errors, never mutations). A private answer is
 * kept under a key that includes a hash of the user's credentials, so it is only ever served to that same user.
 */
export class GraphQLResponseCache {
  constructor(private readonly store: ResponseStore) {}

  /** The answer kept for this request, if any. */
  async lookup(req: IncomingMessage, request: HTTPGraphQLRequest): Promise<StoredAnswer | undefined> {
    const key = operationKey(req, request);
    if (!key) return undefined;
    const entry = await this.store.get(key);
    if (!entry || 'body' in entry) return entry;
    const user = userKey(req);
    if (!user) return undefined;
    const own = await this.store.get(`${key}:${user}`);
    return own && 'body' in own ? own : undefined;
  }

  /** Keeps an answer for as long as its Cache-Control allows. */
  async keep(req: IncomingMessage, request: HTTPGraphQLRequest, answer: StoredAnswer): Promise<void> {
    if (answer.status !== 200) return;
    const policy = parseCacheControl(answer.headers.find(([name]) => name === 'cache-control')?.[1]);
    if (!policy || policy.maxAgeSeconds <= 0) return;
    const key = operationKey(req, request);
    if (!key) return;
    const ttlMs = policy.maxAgeSeconds * 1000;
    if (policy.scope === 'PUBLIC') {
      await this.store.set(key, answer, ttlMs);
      return;
    }
    const user = userKey(req);
    if (!user) return;
    await this.store.set(key, { perUser: true }, ttlMs);
    await this.store.set(`${key}:${user}`, answer, ttlMs);
  }

  close(): Promise<void> {
    return this.store.close();
  }
}

/**
 * The operation, its variables and the headers that change its answer, hashed. Undefined when the request must go
 * through Apollo Server whatever the cache holds: one its CSRF prevention would refuse (a browser's simple request).
 */
function operationKey(req: IncomingMessage, request: HTTPGraphQLRequest): string | undefined {
  if (!preflighted(req)) return undefined;
  const params = request.method === 'GET' ? getParams(request.search) : (request.body as Record<string, unknown>);
  if (!params || typeof params !== 'object') return undefined;
  const { query, operationName, variables, extensions } = params as Record<string, unknown>;
  if (query === undefined && extensions === undefined) return undefined;
  return hash(
    JSON.stringify([
      query ?? null,
      operationName ?? null,
      variables ?? null,
      extensions ?? null,
      ...VARYING_HEADERS.map((name) => req.headers[name] ?? null),
    ]),
  );
}

function getParams(search: string): Record<string, unknown> | undefined {
  const params = new URLSearchParams(search);
  const json = (name: string) => {
    const raw = params.get(name);
    if (raw === null) return undefined;
    try {
      return JSON.parse(raw) as unknown;
    } catch {
      return raw;
    }
  };
  return {
    query: params.get('query') ?? undefined,
    operationName: params.get('operationName') ?? undefined,
    variables: json('variables'),
    extensions: json('extensions'),
  };
}

/** As Apollo Server's CSRF prevention: a JSON body, or a header a browser cannot send without a preflight. */
function preflighted(req: IncomingMessage): boolean {
  const contentType = String(req.headers['content-type'] ?? '')
    .split(';')[0]
    ?.trim()
    .toLowerCase();
  const simple = ['', 'application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'];
  return (
    !simple.includes(contentType ?? '') ||
    req.headers['apollo-require-preflight'] !== undefined ||
    req.headers['x-apollo-operation-name'] !== undefined
  );
}

function userKey(req: IncomingMessage): string | undefined {
  const credentials = USER_HEADERS.map((name) => req.headers[name] ?? '');
  return credentials.some((value) => value !== '') ? hash(JSON.stringify(credentials)) : undefined;
}

function hash(text: string): string {
  return createHash('sha256').update(text).digest('base64url');
}
