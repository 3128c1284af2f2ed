import { UpstreamUnavailableError } from './errors';
import type { HttpResponse } from './http-transport';

/** Parses a JSON answer; an unreadable body is an upstream fault, reported without echoing the body. */
export function readJson<T>(api: string, response: HttpResponse): T {
  try {
    return JSON.parse(response.body) as T;
  } catch {
    throw new UpstreamUnavailableError(
      api,
      `unreadable JSON answer (HTTP ${response.status})`,
      response.status,
      'MALFORMED_ANSWER',
    );
  }
}

/** The French `message` of a business error, when the body has one. */
export function upstreamMessage(response: HttpResponse): string | undefined {
  try {
    const parsed: unknown = JSON.parse(response.body);
    if (typeof parsed === 'object' && parsed !== null && 'message' in parsed && typeof parsed.message === 'string') {
      return parsed.message;
    }
  } catch {
    // Not JSON: no message to report.
  }
  return undefined;
}
