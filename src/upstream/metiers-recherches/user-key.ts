import { createHmac, randomBytes } from 'node:crypto';

/**
 * Turns a job seeker's access token into the key of their cached answers: an HMAC, so that neither a cache dump nor
 * a key name gives the token back. Without a configured secret the key is this process's own, which keeps answers
 * from being shared across instances; configure one secret on every instance to let them share per-user entries.
 */
export function userKeyer(secret: string | undefined): (userToken: string) => string {
  const key = secret && secret.length > 0 ? secret : randomBytes(32).toString('base64url');
  return (userToken) => createHmac('sha256', key).update(userToken).digest('base64url');
}
