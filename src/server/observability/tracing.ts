import type { Tracer } from '@opentelemetry/api';

export interface TracingConfig {
  /** Where spans are sent by OTLP/HTTP: the full URL of the traces endpoint (…/v1/traces). */
  endpoint: string;
  /** `service.name` of every span (OTEL_SERVICE_NAME, `travail-graph` by default). */
  serviceName: string;
}

export interface Tracing {
  tracer: Tracer;
  /** Sends the spans still buffered, then unregisters the SDK. */
  shutdown(): Promise<void>;
}

type Env = Record<string, string | undefined>;

/**
 * Tracing is on when an OTLP endpoint is configured, by the standard variables: OTEL_EXPORTER_OTLP_TRACES_ENDPOINT
 * (used as given) or OTEL_EXPORTER_OTLP_ENDPOINT (to which `/v1/traces` is appended). OTEL_SDK_DISABLED=true turns
 * it off whatever the endpoint.
 */
export function tracingConfigFrom(env: Env): TracingConfig | undefined {
  if (env.OTEL_SDK_DISABLED?.trim().toLowerCase() === 'true') return undefined;
  const specific = env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT?.trim();
  const general = env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim();
  const endpoint = specific || (general ? `${general.replace(/\/+$/, '')}/v1/traces` : undefined);
  if (!endpoint) return undefined;
  try {
    new URL(endpoint);
  } catch {
    throw new Error(`The OTLP traces endpoint must be a URL; got "${endpoint}".`);
  }
  return { endpoint, serviceName: env.OTEL_SERVICE_NAME?.trim() || 'travail-graph' };
}

/** Loads the OpenTelemetry SDK (only now: a server without an endpoint never loads it) and registers it. */
export async function startTracing(config: TracingConfig): Promise<Tracing> {
  const { startTracingSdk } = await import('./tracing-sdk.js');
  return startTracingSdk(config);
}
