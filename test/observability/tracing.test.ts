import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { trace } from '@opentelemetry/api';
import { subgraphModules } from '../../src/graph';
import { tracingConfigFrom } from '../../src/server/observability/tracing';
import { shutdownOnSignals } from '../../src/server/shutdown';
import { postQuery, startTestServer } from '../support/graph-server';
import { OtlpSink, type ReceivedSpan } from '../support/otlp-sink';

const TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';
const CALLER_SPAN_ID = '00f067aa0ba902b7';
const OCCUPATIONS = ['M1805', 'M1811', 'K2204', 'D1106', 'J1501'];
const TENSIONS = `query Tensions { territory(type: DEPARTEMENT, code: "35") { name ${OCCUPATIONS.map(
  (code, index) => `t${index}: tension(occupation: "${code}") { level }`,
).join(' ')} } }`;

/** Modules of the tracing SDK this process has loaded (jest's registry, seen through require.cache). */
function loadedSdkModules(): string[] {
  return Object.keys(require.cache).filter(
    (path) =>
      path.includes('@opentelemetry/sdk-trace') ||
      path.includes('@opentelemetry/exporter-trace-otlp-http') ||
      path.includes('tracing-sdk'),
  );
}

async function tracedQuery(url: string, query: string, traceparent?: string) {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'apollo-require-preflight': 'true',
      ...(traceparent ? { traceparent } : {}),
    },
    body: JSON.stringify({ query }),
  });
  return (await response.json()) as { data?: unknown; errors?: unknown[] };
}

describe('traces', () => {
  // First: once a traced server has started in this file, the SDK is in the registry for good.
  test('without an OTLP endpoint no SDK is loaded nor registered, and queries make no span', async () => {
    const server = await startTestServer();
    try {
      const answer = await postQuery(server.url, TENSIONS);
      expect(answer.errors).toBeUndefined();
      expect(loadedSdkModules()).toEqual([]);
      expect(trace.getTracer('probe').startSpan('probe').isRecording()).toBe(false);
    } finally {
      await server.stop();
    }
  });

  test('the OTLP endpoint is read from the standard variables', () => {
    expect(tracingConfigFrom({})).toBeUndefined();
    expect(tracingConfigFrom({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318/' })).toEqual({
      endpoint: 'http://collector:4318/v1/traces',
      serviceName: 'travail-graph',
    });
    expect(
      tracingConfigFrom({
        OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318',
        OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://traces:9999/custom',
        OTEL_SERVICE_NAME: 'graph-eu',
      }),
    ).toEqual({ endpoint: 'http://traces:9999/custom', serviceName: 'graph-eu' });
    expect(
      tracingConfigFrom({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318', OTEL_SDK_DISABLED: 'true' }),
    ).toBeUndefined();
    expect(() => tracingConfigFrom({ OTEL_EXPORTER_OTLP_ENDPOINT: 'not a url' })).toThrow(/must be a URL/);
  });

  // Before any other traced server: @apollo/gateway keeps the tracer of the first SDK registered in the process.
  test('a gateway over remote subgraphs sends its trace context to them (W3C traceparent)', async () => {
    const traceId = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';
    const seen: (string | undefined)[] = [];
    const subgraph = createServer((req, res) => {
      seen.push(req.headers.traceparent as string | undefined);
      req.resume();
      req.on('end', () => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ data: null, errors: [{ message: 'down for the test' }] }));
      });
    });
    await new Promise<void>((resolve) => subgraph.listen(0, '127.0.0.1', resolve));
    const subgraphUrl = `http://127.0.0.1:${(subgraph.address() as AddressInfo).port}/`;
    const sink = await OtlpSink.start();
    try {
      const server = await startTestServer({
        OTEL_EXPORTER_OTLP_ENDPOINT: sink.url,
        SUBGRAPH_URLS: subgraphModules.map((module) => `${module.name}=${subgraphUrl}`).join(','),
      });
      try {
        await tracedQuery(
          server.url,
          '{ territory(type: DEPARTEMENT, code: "35") { name } }',
          `00-${traceId}-${CALLER_SPAN_ID}-01`,
        );
      } finally {
        await server.stop();
      }
      expect(seen.length).toBeGreaterThan(0);
      const [, sentTraceId, sentParent] = /^00-([0-9a-f]{32})-([0-9a-f]{16})-01$/.exec(seen[0] ?? '') ?? [];
      expect(sentTraceId).toBe(traceId);
      // The subgraph's parent is a span of the gateway's, within the request's trace.
      const parent = (await sink.waitFor((span) => span.spanId === sentParent))!;
      expect(parent).toBeDefined();
      expect(parent.traceId).toBe(traceId);
      expect(parent.name).toBe('gateway.fetch');
    } finally {
      await sink.close();
      await new Promise((resolve) => subgraph.close(resolve));
    }
  });

  describe('with an OTLP endpoint', () => {
    let sink: OtlpSink;
    let spans: { first: ReceivedSpan[]; all: ReceivedSpan[] };
    beforeAll(async () => {
      sink = await OtlpSink.start();
      // A quota of 2 calls per second for Marché: five tensions asked at once, most wait for their slot.
      const server = await startTestServer({ OTEL_EXPORTER_OTLP_ENDPOINT: sink.url, FT_QUOTA_MARCHE: '2' });
      try {
        const first = await tracedQuery(server.url, TENSIONS, `00-${TRACE_ID}-${CALLER_SPAN_ID}-01`);
        expect(first.errors).toBeUndefined();
        const again = await tracedQuery(server.url, TENSIONS);
        expect(again.errors).toBeUndefined();
      } finally {
        // Stopping flushes the spans still buffered.
        await server.stop();
      }
      await sink.waitFor((span) => span.name === 'graphql Tensions' && span.traceId !== TRACE_ID);
      spans = { first: sink.spans.filter((span) => span.traceId === TRACE_ID), all: sink.spans };
    });
    afterAll(() => sink?.close());

    test('the SDK was loaded by the lazy import, and unregistered on stop', () => {
      expect(loadedSdkModules().length).toBeGreaterThan(0);
      expect(trace.getTracer('probe').startSpan('probe').isRecording()).toBe(false);
    });

    test('the operation span is the child of the incoming traceparent and says name, hash and outcome', () => {
      const operation = spans.first.find((span) => span.name === 'graphql Tensions')!;
      expect(operation).toBeDefined();
      expect(operation.parentSpanId).toBe(CALLER_SPAN_ID);
      expect(operation.serviceName).toBe('travail-graph');
      expect(operation.kind).toBe(2); // SERVER
      expect(operation.attributes['graphql.operation.name']).toBe('Tensions');
      expect(operation.attributes['travail_graph.operation.hash']).toMatch(/^[0-9a-f]{64}$/);
      expect(operation.attributes['travail_graph.outcome']).toBe('success');
      expect(operation.attributes['http.response.status_code']).toBe(200);
      expect(operation.attributes['travail_graph.upstream.calls']).toBeGreaterThanOrEqual(OCCUPATIONS.length);
    });

    test('one span per loader batch, one per cache lookup under it, one per France Travail call under a miss', () => {
      const operation = spans.first.find((span) => span.name === 'graphql Tensions')!;
      const batches = sink.childrenOf(operation).filter((span) => span.name === 'resolve market.tensions');
      expect(batches).toHaveLength(1);
      expect(batches[0].attributes['travail_graph.keys']).toBe(OCCUPATIONS.length);

      const lookups = sink.childrenOf(batches[0]);
      expect(lookups.length).toBe(OCCUPATIONS.length);
      for (const lookup of lookups) {
        expect(lookup.name).toMatch(/^cache marche:/);
        expect(lookup.attributes['travail_graph.cache.tier']).toBe('miss');
      }
      const calls = lookups.flatMap((lookup) => sink.childrenOf(lookup));
      expect(calls).toHaveLength(OCCUPATIONS.length);
      for (const call of calls) {
        expect(call.name).toBe('upstream marche');
        expect(call.kind).toBe(3); // CLIENT
        expect(call.attributes).toMatchObject({
          'travail_graph.upstream.api': 'marche',
          'travail_graph.upstream.attempts': 1,
          'travail_graph.cache.tier': 'miss',
        });
        // Marché answers "no figure for this occupation" with a 500, which the client reads as an answer.
        expect([200, 500]).toContain(call.attributes['http.response.status_code']);
        expect(call.attributes['travail_graph.upstream.endpoint']).toMatch(/^\//);
        // The call's span covers its quota wait: it starts when the call asks for a slot.
        const durationMs = (Number(call.endTimeUnixNano) - Number(call.startTimeUnixNano)) / 1e6;
        expect(durationMs).toBeGreaterThanOrEqual(Number(call.attributes['travail_graph.upstream.quota_wait_ms']) - 1);
      }
      // Two slots a second for five calls asked at once: the later ones waited, and say so.
      const waits = calls.map((call) => Number(call.attributes['travail_graph.upstream.quota_wait_ms']));
      expect(Math.max(...waits)).toBeGreaterThanOrEqual(400);
      const operationWait = Number(operation.attributes['travail_graph.upstream.quota_wait_ms']);
      expect(operationWait).toBeGreaterThanOrEqual(Math.max(...waits));
    });

    test('a request without traceparent starts its own trace; answers held in process show as process-tier lookups', () => {
      const second = spans.all.find((span) => span.name === 'graphql Tensions' && span.traceId !== TRACE_ID)!;
      expect(second).toBeDefined();
      expect(second.parentSpanId).toBeUndefined();
      const batch = sink.childrenOf(second).find((span) => span.name === 'resolve market.tensions')!;
      const lookups = sink.childrenOf(batch);
      expect(lookups).toHaveLength(OCCUPATIONS.length);
      for (const lookup of lookups) {
        expect(lookup.attributes['travail_graph.cache.tier']).toBe('process');
        expect(sink.childrenOf(lookup)).toEqual([]);
      }
      expect(spans.all.filter((span) => span.name === 'upstream marche' && span.traceId === second.traceId)).toEqual(
        [],
      );
    });
  });

  test('SIGTERM drains the request in flight and sends its spans before the process exits', async () => {
    const sink = await OtlpSink.start();
    try {
      const server = await startTestServer({ OTEL_EXPORTER_OTLP_ENDPOINT: sink.url });
      server.sandbox!.setLatency(400);
      const inFlight = tracedQuery(server.url, 'query Draining { occupation(code: "M1805") { label } }');
      await new Promise((resolve) => setTimeout(resolve, 100));
      const exitCode = await new Promise<number>((resolve) => {
        shutdownOnSignals({ stop: () => server.stop(), graceMs: 5_000, exit: resolve, log: () => undefined })(
          'SIGTERM',
        );
      });
      expect(exitCode).toBe(0);
      expect((await inFlight).errors).toBeUndefined();
      // Already there when the process would exit: sent by the flush, not by the next scheduled batch (5 s away).
      const operation = sink.spans.find((span) => span.name === 'graphql Draining');
      expect(operation).toBeDefined();
      expect(sink.childrenOf(operation!).map((span) => span.name)).toContain('resolve rome.occupations');
    } finally {
      await sink.close();
    }
  });
});
