import { UpstreamBadRequestError, UpstreamUnavailableError } from './errors';
import type { HttpResponse } from './http-transport';
import { upstreamMessage } from './json-body';

/** The error for an answer a client has no use for: a 400 keeps France Travail's French message. */
export function unexpectedAnswer(api: string, response: HttpResponse): Error {
  if (response.status === 400) return new UpstreamBadRequestError(api, upstreamMessage(response) ?? 'invalid request');
  return new UpstreamUnavailableError(api, `unexpected HTTP ${response.status}`, response.status);
}
