import type { RequestObservation } from './request-observation';
import type { RequestOutcome } from './metrics';

/** The fields of a request's log line, in the order they are written. */
export interface RequestLine {
  event: 'request';
  requestId: string;
  method?: string;
  status: number;
  aborted?: true;
  operationName?: string;
  operationHash?: string;
  outcome?: RequestOutcome;
  durationMs: number;
  upstreamCalls: RequestObservation['upstreamCalls'];
  upstreamRetries?: number;
  cache: RequestObservation['cache'];
  quotaWaitMs: number;
  errors?: Record<string, number>;
}

/**
 * The line's fields as JSON, without the enclosing braces: exactly what `JSON.stringify(line).slice(1, -1)` gives,
 * written field by field. Every request writes one, and most of its fields are numbers or known keys, which need
 * no walk over an object of unknown shape; strings still go through JSON.stringify, so anything a client sent is
 * escaped.
 */
export function serialiseRequestLine(line: RequestLine): string {
  let json = `"event":"request","requestId":${JSON.stringify(line.requestId)}`;
  if (line.method !== undefined) json += `,"method":${JSON.stringify(line.method)}`;
  json += `,"status":${number(line.status)}`;
  if (line.aborted) json += ',"aborted":true';
  if (line.operationName !== undefined) json += `,"operationName":${JSON.stringify(line.operationName)}`;
  if (line.operationHash !== undefined) json += `,"operationHash":${JSON.stringify(line.operationHash)}`;
  if (line.outcome !== undefined) json += `,"outcome":"${line.outcome}"`;
  json += `,"durationMs":${number(line.durationMs)},"upstreamCalls":${counts(line.upstreamCalls)}`;
  if (line.upstreamRetries !== undefined) json += `,"upstreamRetries":${number(line.upstreamRetries)}`;
  const { cache } = line;
  json +=
    `,"cache":{"process":${number(cache.process)},"shared":${number(cache.shared)},` +
    `"miss":${number(cache.miss)},"coalesced":${number(cache.coalesced)}}`;
  json += `,"quotaWaitMs":${number(line.quotaWaitMs)}`;
  if (line.errors !== undefined) json += `,"errors":${counts(line.errors)}`;
  return json;
}

/** As JSON.stringify writes a number: NaN and infinities as null. */
function number(value: number): string {
  return Number.isFinite(value) ? String(value) : 'null';
}

function counts(byName: Partial<Record<string, number>>): string {
  let json = '';
  for (const name in byName) {
    const count = byName[name];
    if (count === undefined) continue;
    json += `${json === '' ? '' : ','}${JSON.stringify(name)}:${number(count)}`;
  }
  return `{${json}}`;
}
