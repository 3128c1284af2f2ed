import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Tracer } from '@opentelemetry/api';
import type { RouteHandler } from '../http/router';
import { logger, writeSerialisedLine } from './logger';
import type { RequestOutcome, ServerMetrics } from './metrics';
import { startOperationSpan } from './operation-span';
import { bindObservation, newObservation, type RequestObservation } from './request-observation';
import { serialiseRequestLine, type RequestLine } from './request-line';

export const REQUEST_ID_HEADER = 'x-request-id';

/** A caller's request id is kept when it looks like one (so it can be traced through a BFF); otherwise a new one. */
const REQUEST_ID_SYNTAX = /^[\w\-.:]{1,128}$/;

/**
 * Wraps the GraphQL route: gives the request an id (echoed in `X-Request-Id`), tallies what it does upstream, and
 * when the response is sent writes its one log line and its metrics, and ends its span when tracing is on.
 */
export function observedRoute(
  handler: RouteHandler,
  options: { metrics?: ServerMetrics; tracer?: Tracer; log?: boolean },
): RouteHandler {
  const log = options.log ?? true;
  return (req, res, url) => {
    const observation = newObservation(requestIdOf(req));
    bindObservation(req, observation);
    const span = options.tracer ? startOperationSpan(options.tracer, req) : undefined;
    res.setHeader(REQUEST_ID_HEADER, observation.requestId);
    options.metrics?.requestStarted();
    // Node emits `close` on every response, after `finish` when it was sent and alone when the client went away.
    res.once('close', () => {
      options.metrics?.requestEnded();
      const outcome = report(observation, {
        req,
        status: res.statusCode,
        completed: res.writableFinished,
        metrics: options.metrics,
        log,
      });
      span?.end({ observation, status: res.statusCode, outcome, aborted: !res.writableFinished });
    });
    return span ? span.run(() => handler(req, res, url)) : handler(req, res, url);
  };
}

function requestIdOf(req: IncomingMessage): string {
  const given = req.headers[REQUEST_ID_HEADER];
  const value = Array.isArray(given) ? given[0] : given;
  return value && REQUEST_ID_SYNTAX.test(value) ? value : randomUUID();
}

function report(
  observation: RequestObservation,
  context: { req: IncomingMessage; status: number; completed: boolean; metrics?: ServerMetrics; log: boolean },
): RequestOutcome | undefined {
  const durationMs = performance.now() - observation.startedAt;
  const outcome = outcomeOf(observation, context.status);
  const isGraphQL = context.req.method === 'POST' || observation.operationHash !== undefined;
  if (isGraphQL)
    context.metrics?.request({
      operation: observation.operationName,
      outcome,
      seconds: durationMs / 1000,
      errors: observation.errors,
    });
  if (!context.log) return isGraphQL ? outcome : undefined;
  const log = logger();
  if (!log.isLevelEnabled('info')) return isGraphQL ? outcome : undefined;
  const errorCount = Object.keys(observation.errors).length;
  const line: RequestLine = {
    event: 'request',
    requestId: observation.requestId,
    method: context.req.method,
    status: context.status,
    aborted: context.completed ? undefined : true,
    operationName: observation.operationName,
    operationHash: observation.operationHash,
    outcome: isGraphQL ? outcome : undefined,
    durationMs: Math.round(durationMs),
    upstreamCalls: observation.upstreamCalls,
    upstreamRetries: observation.upstreamRetries || undefined,
    cache: observation.cache,
    quotaWaitMs: Math.round(observation.quotaWaitMs),
    errors: errorCount > 0 ? observation.errors : undefined,
  };
  // At debug level the headers come along, censored by the logger's redaction.
  if (log.isLevelEnabled('debug')) log.info({ ...line, headers: context.req.headers }, 'request');
  else writeSerialisedLine(serialiseRequestLine(line), 'request', log);
  return isGraphQL ? outcome : undefined;
}

function outcomeOf(observation: RequestObservation, status: number): RequestOutcome {
  if (Object.keys(observation.errors).length === 0) return status < 400 ? 'success' : 'error';
  return observation.hasData ? 'partial' : 'error';
}
