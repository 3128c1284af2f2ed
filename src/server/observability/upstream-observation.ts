import type { Tracer } from '@opentelemetry/api';
import type { UpstreamObserver } from '../../upstream';
import type { ServerMetrics } from './metrics';
import { upstreamSpans } from './upstream-spans';

/**
 * Feeds upstream calls and cache lookups to the metrics and, when tracing is on, the request's trace. Each
 * request's own tally (log line, cost report) is told through its scope (see `observationTally`).
 */
export function upstreamObservation(metrics: ServerMetrics | undefined, tracer?: Tracer): UpstreamObserver {
  const spans = tracer ? upstreamSpans(tracer) : undefined;
  return {
    onCall(record) {
      metrics?.upstreamCall(record);
      spans?.onCall(record);
    },
    onCacheLookup(lookup) {
      metrics?.cacheLookup(lookup);
      spans?.onCacheLookup(lookup);
    },
    ...(spans ? { withinLookup: spans.withinLookup } : {}),
  };
}
