import type { IncomingMessage, ServerResponse } from 'node:http';
import { logger } from '../observability/logger';
import { HttpError, sendHttpError } from './http-error';
import { parseRequestTarget, type RequestTarget } from './request-target';

export type RouteHandler = (req: IncomingMessage, res: ServerResponse, url: RequestTarget) => Promise<void> | void;

/**
 * Dispatches by path: exact paths (`/health`) or prefixes ending in `/*` (`/explorer/*`). Anything a handler
 * throws as an HttpError is answered as JSON; anything else is a one-line log and a bare 500.
 */
export class Router {
  private readonly exact = new Map<string, RouteHandler>();
  private readonly prefixes: [string, RouteHandler][] = [];

  route(path: string, handler: RouteHandler): this {
    if (path.endsWith('/*')) this.prefixes.push([path.slice(0, -1), handler]);
    else this.exact.set(path, handler);
    return this;
  }

  readonly handle = (req: IncomingMessage, res: ServerResponse): void => {
    let url: RequestTarget;
    try {
      url = parseRequestTarget(req.url ?? '/');
    } catch {
      respondWithError(
        req,
        res,
        new HttpError({ status: 400, code: 'BAD_REQUEST', message: 'Malformed request URL.' }),
      );
      return;
    }
    const handler =
      this.exact.get(url.pathname) ?? this.prefixes.find(([prefix]) => url.pathname.startsWith(prefix))?.[1];
    if (!handler) {
      req.resume();
      respondWithError(req, res, new HttpError({ status: 404, code: 'NOT_FOUND', message: 'No such path.' }));
      return;
    }
    const fail = (error: unknown) => respondWithError(req, res, error);
    try {
      handler(req, res, url)?.catch(fail);
    } catch (error) {
      fail(error);
    }
  };
}

/** Answers a failed request: HttpErrors with their status and code, anything else as a bare 500. One log line each. */
export function respondWithError(req: IncomingMessage, res: ServerResponse, error: unknown): void {
  const httpError =
    error instanceof HttpError
      ? error
      : new HttpError({ status: 500, code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' });
  const cause =
    error instanceof HttpError ? undefined : error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  logger().warn(
    {
      event: 'http_error',
      status: httpError.status,
      code: httpError.code,
      method: req.method,
      path: pathOf(req),
      cause,
    },
    httpError.message,
  );
  sendHttpError(res, httpError);
}

function pathOf(req: IncomingMessage): string {
  const path = (req.url ?? '/').split('?')[0] ?? '/';
  return path.length > 80 ? `${path.slice(0, 80)}…` : path;
}
