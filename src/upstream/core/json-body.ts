import { UpstreamUnavailableError } from './errors';
import type { HttpResponse } from './http-transport';

/** Parses a JSON answer; an unreadable body is an upstream fault, reported without echoing the body. */
export function readJson<T>(api: string, response: HttpResponse): T {
  try {
    return JSON.parse(response.body) as T;
  } catch {
    throw malformed(api, response);
  }
}

function malformed(api: string, response: HttpResponse): UpstreamUnavailableError {
  return new UpstreamUnavailableError(
    api,
    `unreadable JSON answer (HTTP ${response.status})`,
    response.status,
    'MALFORMED_ANSWER',
  );
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

/**
 * The items of a JSON array answer, each parsed from its own slice of the received bytes when asked for. A whole
 * ROME list parsed at once goes through one string of tens of MB and a full copy of the list, all garbage once the
 * list is kept, which the process holds until its next full collection; item by item, each goes as soon as it is
 * read. Undefined when the answer is not a JSON array; an unreadable answer is an upstream fault, as in `readJson`.
 */
export function jsonArrayItems(api: string, response: HttpResponse): Iterable<unknown> | undefined {
  const bytes = response.bytes;
  const slices = bytes ? arraySlices(bytes) : undefined;
  if (!bytes || !slices) {
    const whole = readJson<unknown>(api, response);
    return Array.isArray(whole) ? whole : undefined;
  }
  return itemsOf(api, response, bytes, slices);
}

function* itemsOf(api: string, response: HttpResponse, bytes: Buffer, slices: number[]): Iterable<unknown> {
  for (let index = 0; index < slices.length; index += 2) {
    try {
      yield JSON.parse(bytes.toString('utf8', slices[index], slices[index + 1]));
    } catch (error) {
      if (!(error instanceof SyntaxError)) throw error;
      throw malformed(api, response);
    }
  }
}

const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const COMMA = 0x2c;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

function isSpace(byte: number): boolean {
  return byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;
}

/**
 * Start and end offsets of each top-level item of a JSON array, or undefined when the bytes are not one array whose
 * nesting closes (the whole parse then says what is wrong). Bytes of multi-byte UTF-8 characters are never ASCII,
 * so structural characters are found byte by byte.
 */
function arraySlices(bytes: Buffer): number[] | undefined {
  let position = 0;
  while (position < bytes.length && isSpace(bytes[position])) position++;
  if (bytes[position] !== OPEN_BRACKET) return undefined;
  const slices: number[] = [];
  let depth = 0;
  let inString = false;
  let itemStart = -1;
  for (position++; position < bytes.length; position++) {
    const byte = bytes[position];
    if (inString) {
      if (byte === BACKSLASH) position++;
      else if (byte === QUOTE) inString = false;
      continue;
    }
    if (byte === QUOTE) inString = true;
    else if (byte === OPEN_BRACE || byte === OPEN_BRACKET) depth++;
    else if ((byte === CLOSE_BRACE || byte === CLOSE_BRACKET) && depth > 0) depth--;
    else if (depth === 0 && (byte === COMMA || byte === CLOSE_BRACKET)) {
      if (itemStart < 0) {
        // Only "[]" may close without an item; "[,", "[1,]" or "[1,,2]" are not JSON.
        if (byte === COMMA || slices.length > 0) return undefined;
      } else {
        slices.push(itemStart, position);
        itemStart = -1;
      }
      if (byte === CLOSE_BRACKET) return restIsSpace(bytes, position + 1) ? slices : undefined;
      continue;
    }
    if (itemStart < 0 && !isSpace(byte)) itemStart = position;
  }
  return undefined;
}

function restIsSpace(bytes: Buffer, from: number): boolean {
  for (let position = from; position < bytes.length; position++) if (!isSpace(bytes[position])) return false;
  return true;
}
