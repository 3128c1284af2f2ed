import { type Attributes, SpanStatusCode, trace } from '@opentelemetry/api';

/**
 * Runs one group of upstream lookups a resolver needs (a loader batch, a whole referential, a resolver's own call)
 * as a trace span, parent of the lookups' spans. Through the OpenTelemetry API only: outside a traced request, or
 * with no SDK registered, there is no current span and the work runs as it is.
 */
export function inUpstreamGroup<T>(name: string, attributes: Attributes, work: () => Promise<T>): Promise<T> {
  if (!trace.getActiveSpan()) return work();
  // Asked for each time: a tracer kept from an earlier SDK registration would outlive it.
  return trace.getTracer('travail-graph').startActiveSpan(`resolve ${name}`, { attributes }, async (span) => {
    try {
      return await work();
    } catch (error) {
      span.setStatus({ code: SpanStatusCode.ERROR, message: codeOf(error) });
      throw error;
    } finally {
      span.end();
    }
  });
}

/** What a failed group's span says of the failure: its stable code, never a message that could carry data. */
function codeOf(error: unknown): string | undefined {
  const code = (error as { extensions?: { code?: unknown } } | undefined)?.extensions?.code;
  if (typeof code === 'string') return code;
  return error instanceof Error ? error.name : undefined;
}
