import type { IncomingMessage } from 'node:http';
import { promisify } from 'node:util';
import { brotliDecompress, gunzip, inflate, type ZlibOptions } from 'node:zlib';
import { HttpError } from './http-error';

type Decompress = (buffer: Buffer, options: ZlibOptions) => Promise<Buffer>;

const DECOMPRESSORS: Record<string, Decompress> = {
  gzip: promisify(gunzip) as Decompress,
  'x-gzip': promisify(gunzip) as Decompress,
  deflate: promisify(inflate) as Decompress,
  br: promisify(brotliDecompress) as Decompress,
};

/** The client went away before sending its whole body: nobody is left to answer. */
export class ClientAbortedError extends Error {
  constructor() {
    super('client aborted the request');
    this.name = 'ClientAbortedError';
  }
}

const tooLarge = (limit: number) =>
  new HttpError({
    status: 413,
    code: 'PAYLOAD_TOO_LARGE',
    message: `Request body exceeds the limit of ${limit} bytes.`,
  });

/**
 * Reads a request body of at most `limit` bytes, before and after decompression (gzip, deflate, br), so that
 * neither a large body nor a small compressed bomb costs more than `limit` of memory.
 */
export async function readRequestBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const encoding = (req.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  const decompress = encoding === 'identity' || encoding === '' ? undefined : DECOMPRESSORS[encoding];
  if (encoding !== 'identity' && encoding !== '' && !decompress) {
    req.resume();
    throw new HttpError({
      status: 415,
      code: 'UNSUPPORTED_CONTENT_ENCODING',
      message: 'Unsupported Content-Encoding: use gzip, deflate, br or none.',
    });
  }
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    req.resume();
    throw tooLarge(limit);
  }

  const raw = await collect(req, limit);
  if (!decompress || raw.length === 0) return raw;
  try {
    return await decompress(raw, { maxOutputLength: limit });
  } catch (error) {
    if (error instanceof RangeError || (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE')
      throw tooLarge(limit);
    throw new HttpError({
      status: 400,
      code: 'BAD_REQUEST',
      message: `Request body is not valid ${encoding} data.`,
    });
  }
}

function collect(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const finish = (error?: Error) => {
      if (settled) return;
      settled = true;
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      req.off('close', onClose);
      if (error) reject(error);
      else resolve(Buffer.concat(chunks, size));
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        // Keep reading (and dropping) the rest, so the client is still listening when the 413 arrives; the server's
        // request timeout bounds how long.
        req.resume();
        finish(tooLarge(limit));
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => finish();
    const onError = () => finish(new ClientAbortedError());
    const onClose = () => {
      if (!req.complete) finish(new ClientAbortedError());
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
    req.on('close', onClose);
  });
}

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Parses a POST body as the JSON object of a GraphQL request. Only `application/json` in UTF-8 is accepted
 * (RFC 8259 JSON is UTF-8; the GraphQL-over-HTTP spec requires servers to accept it).
 */
export function parseGraphQLBody(contentType: string | undefined, body: Buffer): Record<string, unknown> {
  const { mediaType, charset } = parseContentType(contentType);
  if (mediaType !== 'application/json') {
    throw new HttpError({
      status: 415,
      code: 'UNSUPPORTED_MEDIA_TYPE',
      message: 'A GraphQL POST must have Content-Type: application/json.',
    });
  }
  if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8') {
    throw new HttpError({
      status: 415,
      code: 'UNSUPPORTED_MEDIA_TYPE',
      message: 'Unsupported charset: send the body in UTF-8.',
    });
  }
  let text: string;
  try {
    text = UTF8.decode(body);
  } catch {
    throw new HttpError({ status: 400, code: 'BAD_REQUEST', message: 'Request body is not valid UTF-8.' });
  }
  if (text.trim() === '') {
    throw new HttpError({ status: 400, code: 'BAD_REQUEST', message: 'Request body is empty: send a JSON object.' });
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new HttpError({ status: 400, code: 'BAD_REQUEST', message: 'Request body is not valid JSON.' });
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new HttpError({
      status: 400,
      code: 'BAD_REQUEST',
      message: Array.isArray(value)
        ? 'Batched requests are not supported: send one JSON object per request.'
        : 'Request body must be a JSON object with a `query`.',
    });
  }
  return value as Record<string, unknown>;
}

export function parseContentType(header: string | undefined): { mediaType?: string; charset?: string } {
  if (!header) return {};
  const [type, ...parameters] = header.split(';');
  let charset: string | undefined;
  for (const parameter of parameters) {
    const [name, raw] = parameter.split('=');
    if (name?.trim().toLowerCase() === 'charset' && raw !== undefined)
      charset = raw.trim().replace(/^"|"$/g, '').toLowerCase();
  }
  return { mediaType: type?.trim().toLowerCase(), charset };
}
