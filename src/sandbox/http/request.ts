import type { IncomingHttpHeaders } from 'node:http';

/** An incoming request, read whole (bodies here are small forms and JSON criteria). */
export interface SandboxRequest {
  method: string;
  /** Path without the query string, still percent-encoded. */
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: string;
}

export function header(request: SandboxRequest, name: string): string | undefined {
  const value = request.headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}
