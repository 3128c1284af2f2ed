import { promisify } from 'node:util';
import { brotliDecompress, gunzip, inflate } from 'node:zlib';
import { Agent } from 'undici';

export interface HttpRequest {
  method: 'GET' | 'POST';
  url: string;
  headers?: Record<string, string>;
  body?: string;
}

export interface HttpResponse {
  status: number;
  /** Lower-cased names; repeated headers joined with ", ". */
  headers: Record<string, string>;
  body: string;
  /** The body as received, decompressed: whole-list answers are parsed from it item by item (see json-body). */
  bytes?: Buffer;
}

/** No response came back (refused connection, reset socket, timeout). The message names the cause only. */
export class TransportFailure extends Error {
  constructor(
    readonly kind: 'timeout' | 'network',
    detail: string,
  ) {
    super(kind === 'timeout' ? `timed out (${detail})` : `network error (${detail})`);
    this.name = 'TransportFailure';
  }
}

export interface HttpTransportOptions {
  /** Applies to connecting, to the response headers and to each gap while the body streams. */
  timeoutMs: number;
  connectionsPerOrigin: number;
}

const TIMEOUT_CODES = new Set([
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'UND_ERR_CONNECT_TIMEOUT',
  'ETIMEDOUT',
]);

/**
 * HTTP over one undici Agent: keep-alive connections, a bounded pool per origin, gzip accepted (the ROME
 * referentials are several megabytes of JSON). Never logs; headers and bodies stay with the caller.
 */
export class HttpTransport {
  private readonly agent: Agent;

  constructor(options: HttpTransportOptions) {
    this.agent = new Agent({
      connections: options.connectionsPerOrigin,
      headersTimeout: options.timeoutMs,
      bodyTimeout: options.timeoutMs,
      connect: { timeout: options.timeoutMs },
      keepAliveTimeout: 10_000,
      keepAliveMaxTimeout: 60_000,
    });
  }

  /**
   * `timeoutMs` bounds the whole exchange, body included (the agent's timeouts bound each gap only), so that a
   * call never outlives the request it serves.
   */
  async send(request: HttpRequest, options: { timeoutMs?: number } = {}): Promise<HttpResponse> {
    const url = new URL(request.url);
    const timeoutMs = options.timeoutMs;
    try {
      const response = await this.agent.request({
        origin: url.origin,
        path: url.pathname + url.search,
        method: request.method,
        headers: { 'accept-encoding': 'gzip, deflate, br', ...request.headers },
        body: request.body,
        signal: timeoutMs === undefined ? undefined : AbortSignal.timeout(Math.max(1, Math.ceil(timeoutMs))),
      });
      const headers = flattenHeaders(response.headers);
      const raw = Buffer.from(await response.body.arrayBuffer());
      const bytes = await decode(raw, headers['content-encoding']);
      // Decoded on first read only: a whole ROME list as one string is tens of MB, left for the collector to find.
      let text: string | undefined;
      return {
        status: response.statusCode,
        headers,
        bytes,
        get body() {
          text ??= bytes.toString('utf8');
          return text;
        },
      };
    } catch (error) {
      throw toTransportFailure(error);
    }
  }

  async close(): Promise<void> {
    await this.agent.close();
  }
}

const decoders: Record<string, (data: Buffer) => Promise<Buffer>> = {
  gzip: promisify(gunzip),
  'x-gzip': promisify(gunzip),
  deflate: promisify(inflate),
  br: promisify(brotliDecompress),
};

/** undici's request API hands bodies over as sent; its decompressing interceptor is still experimental. */
async function decode(data: Buffer, contentEncoding: string | undefined): Promise<Buffer> {
  const encodings = (contentEncoding ?? '')
    .split(',')
    .map((e) => e.trim().toLowerCase())
    .filter((e) => e && e !== 'identity');
  let decoded = data;
  for (const encoding of encodings.reverse()) {
    const decoder = decoders[encoding];
    if (!decoder) throw new TransportFailure('network', `unsupported content-encoding ${encoding}`);
    decoded = await decoder(decoded);
  }
  return decoded;
}

function flattenHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    flat[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return flat;
}

function toTransportFailure(error: unknown): TransportFailure {
  if (error instanceof TransportFailure) return error;
  // An aborted AbortSignal.timeout() rejects with its reason, a DOMException named TimeoutError.
  const name = typeof error === 'object' && error !== null ? (error as { name?: unknown }).name : undefined;
  if (name === 'TimeoutError' || name === 'AbortError') return new TransportFailure('timeout', name);
  const code =
    typeof error === 'object' && error !== null && 'code' in error
      ? String((error as { code: unknown }).code)
      : 'unknown';
  return new TransportFailure(TIMEOUT_CODES.has(code) ? 'timeout' : 'network', code);
}
