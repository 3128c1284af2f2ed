import type { ServerResponse } from 'node:http';

/** The codes a transport failure carries in `extensions.code`; clients may branch on them. */
export type TransportErrorCode =
  | 'BAD_REQUEST'
  | 'NOT_FOUND'
  | 'METHOD_NOT_ALLOWED'
  | 'PAYLOAD_TOO_LARGE'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'UNSUPPORTED_CONTENT_ENCODING'
  | 'REQUEST_TIMEOUT'
  | 'SERVICE_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR';

/** A request refused before it reaches GraphQL: answered as a GraphQL-shaped JSON error, never as a page. */
export class HttpError extends Error {
  readonly status: number;
  readonly code: TransportErrorCode;
  readonly headers: Record<string, string>;

  constructor(options: {
    status: number;
    code: TransportErrorCode;
    message: string;
    headers?: Record<string, string>;
  }) {
    super(options.message);
    this.name = 'HttpError';
    this.status = options.status;
    this.code = options.code;
    this.headers = options.headers ?? {};
  }
}

/** Writes `{"errors":[{message, extensions:{code}}]}` with the error's status; nothing about the server's internals. */
export function sendHttpError(res: ServerResponse, error: HttpError): void {
  sendJson(
    res,
    error.status,
    { errors: [{ message: error.message, extensions: { code: error.code } }] },
    error.headers,
  );
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...headers,
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(text)),
    'cache-control': 'no-store',
  });
  res.end(text);
}
