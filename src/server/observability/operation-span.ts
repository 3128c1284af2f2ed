import type { IncomingMessage } from 'node:http';
import { context, propagation, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace, type Tracer } from '@opentelemetry/api';
import type { RequestOutcome } from './metrics';
import type { RequestObservation } from './request-observation';

/** Operation names come from clients: past this length they are cut, so a span name can never be a document. */
const MAX_OPERATION_NAME = 64;

export interface OperationSpan {
  /** Runs the request's work with this span as the current one: resolver and upstream spans become its children. */
  run<T>(work: () => T): T;
  end(result: { observation: RequestObservation; status: number; outcome?: RequestOutcome; aborted: boolean }): void;
}

/**
 * The span of one GraphQL request, child of the caller's span when the request carries a W3C `traceparent`. Named
 * and described when the response is sent, once the operation is known.
 */
export function startOperationSpan(tracer: Tracer, req: IncomingMessage): OperationSpan {
  const parent = propagation.extract(ROOT_CONTEXT, req.headers);
  const span = tracer.startSpan(
    'graphql',
    { kind: SpanKind.SERVER, attributes: { 'http.request.method': req.method ?? 'GET' } },
    parent,
  );
  const active = trace.setSpan(parent, span);
  return {
    run: (work) => context.with(active, work),
    end({ observation, status, outcome, aborted }) {
      const name = observation.operationName?.slice(0, MAX_OPERATION_NAME);
      span.updateName(`graphql ${name ?? 'anonymous'}`);
      span.setAttributes({
        'http.response.status_code': status,
        'travail_graph.request_id': observation.requestId,
        'travail_graph.upstream.calls': Object.values(observation.upstreamCalls).reduce((sum, n) => sum + (n ?? 0), 0),
        'travail_graph.upstream.quota_wait_ms': Math.round(observation.quotaWaitMs),
      });
      if (name !== undefined) span.setAttribute('graphql.operation.name', name);
      if (observation.operationHash !== undefined)
        span.setAttribute('travail_graph.operation.hash', observation.operationHash);
      if (outcome !== undefined) span.setAttribute('travail_graph.outcome', outcome);
      if (aborted) span.setAttribute('travail_graph.aborted', true);
      if (outcome === 'error' || status >= 500)
        span.setStatus({ code: SpanStatusCode.ERROR, message: Object.keys(observation.errors).join(',') || undefined });
      span.end();
    },
  };
}
