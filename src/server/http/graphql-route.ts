import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext, type HTTPGraphQLRequest } from '@apollo/server';
import type { GraphQLResponseCache } from '../http-cache/response-cache';
import { sendAnswer } from '../http-cache/send-answer';
import { HttpError } from './http-error';
import { parseGraphQLBody, readRequestBody } from './request-body';
import type { RouteHandler } from './router';

export interface GraphQLRouteOptions<TContext extends BaseContext> {
  server: ApolloServer<TContext>;
  /** Builds the per-request context; may throw an HttpError to refuse the request. */
  context: (req: IncomingMessage) => TContext;
  /** Largest body accepted, in bytes, before and after decompression. */
  maxBodyBytes: number;
  /** Whole answers of identical operations, reused for their max-age (RESPONSE_CACHE). */
  responseCache?: GraphQLResponseCache;
}

const ALLOWED_METHODS = 'GET, POST, OPTIONS';

/**
 * The GraphQL endpoint: reads and checks the body itself, then hands Apollo Server an HTTPGraphQLRequest, which
 * does the rest (GET and POST, persisted queries, CSRF prevention, the landing page).
 */
export function graphqlRoute<TContext extends BaseContext>(options: GraphQLRouteOptions<TContext>): RouteHandler {
  return async (req, res, url) => {
    setCors(req, res);
    const method = (req.method ?? 'GET').toUpperCase();
    if (method === 'OPTIONS') {
      req.resume();
      res.writeHead(204, {
        'access-control-allow-methods': ALLOWED_METHODS,
        'access-control-allow-headers': req.headers['access-control-request-headers'] ?? 'content-type',
        'access-control-max-age': '86400',
        'content-length': '0',
      });
      res.end();
      return;
    }
    if (method !== 'GET' && method !== 'POST') {
      req.resume();
      throw new HttpError({
        status: 405,
        code: 'METHOD_NOT_ALLOWED',
        message: 'GraphQL is served over GET and POST only.',
        headers: { allow: ALLOWED_METHODS },
      });
    }
    const raw = await readRequestBody(req, options.maxBodyBytes);
    const body = method === 'POST' ? parseGraphQLBody(req.headers['content-type'], raw) : undefined;
    const httpGraphQLRequest: HTTPGraphQLRequest = {
      method,
      headers: headerMapOf(req),
      search: url.search,
      body,
    };
    const { responseCache } = options;
    const kept = responseCache && (await responseCache.lookup(req, httpGraphQLRequest));
    if (kept) {
      res.setHeader('x-response-cache', 'hit');
      sendAnswer(req, res, kept);
      return;
    }
    const contextValue = options.context(req);
    const response = await options.server.executeHTTPGraphQLRequest({
      httpGraphQLRequest,
      context: async () => contextValue,
    });
    if (response.body.kind === 'complete') {
      const answer = { status: response.status ?? 200, headers: [...response.headers], body: response.body.string };
      if (responseCache) await responseCache.keep(req, httpGraphQLRequest, answer);
      sendAnswer(req, res, answer);
      return;
    }
    for (const [name, value] of response.headers) res.setHeader(name, value);
    res.statusCode = response.status ?? 200;
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };
}

function setCors(req: IncomingMessage, res: ServerResponse): void {
  res.setHeader('access-control-allow-origin', '*');
  if (req.headers.origin) res.setHeader('vary', 'origin');
}

function headerMapOf(req: IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const name in req.headers) {
    const value = req.headers[name];
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}
