import type { IncomingHttpHeaders } from 'node:http';

/**
 * The request header through which a BFF passes the signed-in job seeker's France Travail Connect access token.
 * `Authorization` stays free for whatever authenticates the BFF itself to this graph.
 */
export const JOB_SEEKER_TOKEN_HEADER = 'x-job-seeker-token';

/** OAuth2 bearer tokens are visible ASCII (RFC 6750 b64token); anything else is not a token. */
const TOKEN_SYNTAX = /^[\w\-.~+/]+=*$/;
const MAX_TOKEN_LENGTH = 4096;

/** The token of the header (an optional `Bearer ` prefix is tolerated); undefined when absent or malformed. */
export function jobSeekerTokenFrom(headers: IncomingHttpHeaders): string | undefined {
  const raw = headers[JOB_SEEKER_TOKEN_HEADER];
  const value = (Array.isArray(raw) ? raw[0] : raw)?.trim().replace(/^Bearer\s+/i, '');
  if (!value || value.length > MAX_TOKEN_LENGTH || !TOKEN_SYNTAX.test(value)) return undefined;
  return value;
}
