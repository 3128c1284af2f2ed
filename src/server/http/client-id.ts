import type { IncomingMessage } from 'node:http';
import { HttpError } from './http-error';

const CLIENT_ID = /^[A-Za-z0-9._:@/-]{1,64}$/;

/**
 * Who is asking, for sharing the upstream quota fairly: the `X-Client-Id` header when the caller names itself
 * (a claim, not an authentication), otherwise the remote address.
 */
export function clientIdOf(req: IncomingMessage): string {
  const header = req.headers['x-client-id'];
  if (header !== undefined) {
    const value = Array.isArray(header) ? header.join(',') : header.trim();
    if (!CLIENT_ID.test(value)) {
      throw new HttpError({
        status: 400,
        code: 'BAD_REQUEST',
        message: 'X-Client-Id must be 1 to 64 characters among letters, digits and . _ : @ / -',
      });
    }
    return value;
  }
  return `ip:${req.socket.remoteAddress ?? 'unknown'}`;
}
