import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { StoredAnswer } from './response-store';

/**
 * Sends a complete GraphQL answer. A cacheable answer to a GET carries an ETag (a hash of the body), and a GET
 * whose If-None-Match names it is answered 304 without a body.
 */
export function sendAnswer(req: IncomingMessage, res: ServerResponse, answer: StoredAnswer): void {
  for (const [name, value] of answer.headers) res.setHeader(name, value);
  const cacheControl = answer.headers.find(([name]) => name === 'cache-control')?.[1] ?? 'no-store';
  if (req.method === 'GET' && answer.status === 200 && cacheControl !== 'no-store') {
    const etag = `"${createHash('sha256').update(answer.body).digest('base64url').slice(0, 27)}"`;
    res.setHeader('etag', etag);
    if (matches(req.headers['if-none-match'], etag)) {
      res.removeHeader('content-type');
      res.statusCode = 304;
      res.end();
      return;
    }
  }
  res.statusCode = answer.status;
  res.end(answer.body);
}

function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((tag) => {
    const value = tag.trim();
    return value === '*' || value === etag || value === `W/${etag}`;
  });
}
