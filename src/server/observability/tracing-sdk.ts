import { context, propagation, trace } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import type { Tracing, TracingConfig } from './tracing';

/** A collector that does not answer holds up a stopping process no longer than this. */
const FLUSH_LIMIT_MS = 3000;

/**
 * The OpenTelemetry SDK, loaded only when traces are exported: registers the process's tracer provider (W3C trace
 * context propagation, async-hooks context) and sends spans in batches by OTLP/HTTP (JSON). The exporter also reads
 * the standard OTEL_EXPORTER_OTLP_* headers, timeout and compression variables; the batch processor OTEL_BSP_*;
 * the sampler OTEL_TRACES_SAMPLER and OTEL_TRACES_SAMPLER_ARG.
 */
export function startTracingSdk(config: TracingConfig): Tracing {
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': config.serviceName }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter({ url: config.endpoint }))],
  });
  provider.register();
  let stopping: Promise<void> | undefined;
  return {
    tracer: trace.getTracer('travail-graph'),
    shutdown() {
      stopping ??= Promise.race([
        provider.shutdown().catch(() => undefined),
        new Promise<void>((resolve) => setTimeout(resolve, FLUSH_LIMIT_MS).unref()),
      ]).finally(() => {
        trace.disable();
        context.disable();
        propagation.disable();
      });
      return stopping;
    },
  };
}
