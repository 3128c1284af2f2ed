import type { Tracer } from '@opentelemetry/api';
import type { UpstreamObserver } from '../../upstream';
import { logger } from './logger';
import type { ServerMetrics } from './metrics';
import { currentObservation } from './request-observation';
import { upstreamSpans } from './upstream-spans';

/**
 * Feeds upstream calls and cache lookups to the metrics, the current request's tally, the debug log and, when
 * tracing is on, the request's trace.
 */
export function upstreamObservation(metrics: ServerMetrics | undefined, tracer?: Tracer): UpstreamObserver {
  const spans = tracer ? upstreamSpans(tracer) : undefined;
  return {
    onCall(record) {
      metrics?.upstreamCall(record);
      spans?.onCall(record);
      const observation = currentObservation();
      if (observation) {
        observation.upstreamCalls[record.api] = (observation.upstreamCalls[record.api] ?? 0) + 1;
        observation.upstreamRetries += Math.max(0, record.attempts - 1);
        observation.quotaWaitMs += record.quotaWaitMs;
      }
      logger().debug(
        {
          event: 'upstream_call',
          requestId: observation?.requestId,
          api: record.api,
          endpoint: record.endpoint,
          status: record.status,
          durationMs: Math.round(record.durationMs),
          quotaWaitMs: Math.round(record.quotaWaitMs),
          attempts: record.attempts,
        },
        'upstream call',
      );
    },
    onCacheLookup(lookup) {
      metrics?.cacheLookup(lookup);
      spans?.onCacheLookup(lookup);
      const observation = currentObservation();
      if (observation) observation.cache[lookup.tier] += 1;
    },
    ...(spans ? { withinLookup: spans.withinLookup } : {}),
  };
}
