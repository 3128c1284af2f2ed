import { context, type Span, SpanKind, SpanStatusCode, trace, type Tracer } from '@opentelemetry/api';
import type { CacheTier, UpstreamObserver } from '../../upstream';

/**
 * Traces what the upstream clients report: a span per cached-resource lookup (its cache tier) and, under it, a
 * span per France Travail call (status, attempts, quota wait). Only within a traced request: start-up loads and
 * background work make none. Call spans are made when the call ends, from its record, with its true start time.
 */
export function upstreamSpans(tracer: Tracer): Required<UpstreamObserver> {
  const tiers = new WeakMap<Span, CacheTier>();
  return {
    withinLookup(kind, work) {
      const parent = context.active();
      if (!trace.getSpan(parent)) return work();
      return tracer.startActiveSpan(
        `cache ${kind}`,
        { attributes: { 'travail_graph.cache.kind': kind } },
        parent,
        async (span) => {
          try {
            return await work();
          } catch (error) {
            span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.name : undefined });
            throw error;
          } finally {
            span.end();
          }
        },
      );
    },
    onCacheLookup(lookup) {
      const span = trace.getActiveSpan();
      if (!span) return;
      span.setAttribute('travail_graph.cache.tier', lookup.tier);
      tiers.set(span, lookup.tier);
    },
    onCall(record) {
      const parent = context.active();
      const parentSpan = trace.getSpan(parent);
      if (!parentSpan) return;
      const endedAt = performance.now();
      const span = tracer.startSpan(
        `upstream ${record.api}`,
        {
          kind: SpanKind.CLIENT,
          startTime: endedAt - record.durationMs,
          attributes: {
            'travail_graph.upstream.api': record.api,
            'travail_graph.upstream.endpoint': record.endpoint,
            'travail_graph.upstream.attempts': record.attempts,
            'travail_graph.upstream.quota_wait_ms': Math.round(record.quotaWaitMs),
            'travail_graph.cache.tier': tiers.get(parentSpan) ?? 'none',
          },
        },
        parent,
      );
      if (record.status === 'network') {
        span.setAttribute('error.type', 'network');
        span.setStatus({ code: SpanStatusCode.ERROR });
      } else {
        span.setAttribute('http.response.status_code', record.status);
        if (record.status >= 500 || record.status === 429) span.setStatus({ code: SpanStatusCode.ERROR });
      }
      span.end(endedAt);
    },
  };
}
