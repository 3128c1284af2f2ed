import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { LabelledHistogram } from './labelled-histogram';
import { ScrapedCounter } from './scraped-counter';
import type { ApiState, CacheLookup, CircuitPosition, UpstreamApi, UpstreamCallRecord } from '../../upstream';

/** The gauge value of each circuit position: the higher, the worse. */
const CIRCUIT_GAUGE: Record<CircuitPosition, number> = { closed: 0, 'half-open': 1, open: 2 };

export type RequestOutcome = 'success' | 'partial' | 'error';

/** Operation names come from clients: past this length they are cut, so a label can never be a document. */
const MAX_OPERATION_LABEL = 64;

/** The Prometheus metrics of one server instance, on their own registry (several servers may share a process). */
export class ServerMetrics {
  readonly registry = new Registry();
  /**
   * Per-request figures are counted in plain numbers and handed to their metric when it is scraped: prom-client
   * hashes the labels of every update, a visible part of a small query's CPU. For the same reason the durations go
   * to a histogram of our own (labelled-histogram.ts).
   */
  private inFlightCount = 0;
  private readonly requests = new ScrapedCounter({
    name: 'travail_graph_graphql_requests_total',
    help: 'GraphQL requests answered, by operation name and outcome (success, partial: data with errors, error: no data).',
    labelNames: ['operation', 'outcome'],
    registry: this.registry,
  });
  private readonly requestSeconds = new LabelledHistogram(
    'travail_graph_graphql_request_duration_seconds',
    'Time from request received to response sent, by operation name.',
    'operation',
    [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    this.registry,
  );
  private readonly inFlight: Gauge = new Gauge({
    name: 'travail_graph_graphql_requests_in_flight',
    help: 'GraphQL requests being served right now.',
    registers: [this.registry],
    collect: () => {
      this.inFlight.set(this.inFlightCount);
    },
  });
  private readonly errors = new ScrapedCounter({
    name: 'travail_graph_graphql_errors_total',
    help: 'GraphQL errors sent, by extensions.code.',
    labelNames: ['code'],
    registry: this.registry,
  });
  private readonly upstreamCalls = new Counter({
    name: 'travail_graph_upstream_calls_total',
    help: 'France Travail calls, by API, endpoint (identifiers as :id) and final HTTP status (network: no answer).',
    labelNames: ['api', 'endpoint', 'status'],
    registers: [this.registry],
  });
  private readonly upstreamSeconds = new Histogram({
    name: 'travail_graph_upstream_call_duration_seconds',
    help: 'France Travail call duration, quota wait and retries included, by API.',
    labelNames: ['api'],
    buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20],
    registers: [this.registry],
  });
  private readonly quotaWait = new Counter({
    name: 'travail_graph_upstream_quota_wait_seconds_total',
    help: 'Time upstream calls spent waiting for a quota slot, by API.',
    labelNames: ['api'],
    registers: [this.registry],
  });
  /** Several per request, warm hits included. */
  private readonly cacheLookups = new ScrapedCounter({
    name: 'travail_graph_cache_lookups_total',
    help: 'Upstream answer cache lookups, by resource kind and tier (process, shared, miss, coalesced).',
    labelNames: ['kind', 'tier'],
    registry: this.registry,
  });
  /** Read at scrape time from the upstream clients, once they exist. */
  private apiStates?: () => Record<UpstreamApi, ApiState>;
  private readonly circuitState = new Gauge({
    name: 'travail_graph_upstream_circuit_state',
    help: 'Circuit breaker of each France Travail API: 0 closed, 1 half-open (a probe call decides), 2 open (calls refused at once).',
    labelNames: ['api'],
    registers: [this.registry],
    collect: () => {
      for (const [api, state] of Object.entries(this.apiStates?.() ?? {}))
        this.circuitState.set({ api }, CIRCUIT_GAUGE[state.circuit]);
    },
  });
  private readonly quotaQueueLength = new Gauge({
    name: 'travail_graph_upstream_quota_queue_length',
    help: 'Calls waiting for a quota slot of each France Travail API in this process.',
    labelNames: ['api'],
    registers: [this.registry],
    collect: () => {
      for (const [api, state] of Object.entries(this.apiStates?.() ?? {}))
        this.quotaQueueLength.set({ api }, state.waitingForQuota);
    },
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }

  /** Reports the circuits and quota queues of these upstream clients at every scrape. */
  watchUpstream(apiStates: () => Record<UpstreamApi, ApiState>): void {
    this.apiStates = apiStates;
  }

  requestStarted(): void {
    this.inFlightCount += 1;
  }

  requestEnded(): void {
    this.inFlightCount -= 1;
  }

  request(options: {
    operation?: string;
    outcome: RequestOutcome;
    seconds: number;
    errors: Record<string, number>;
  }): void {
    const operation = (options.operation ?? 'anonymous').slice(0, MAX_OPERATION_LABEL);
    this.requests.inc({ operation, outcome: options.outcome });
    this.requestSeconds.observe(operation, options.seconds);
    for (const code in options.errors) this.errors.inc({ code }, options.errors[code]);
  }

  upstreamCall(record: UpstreamCallRecord): void {
    this.upstreamCalls.inc({ api: record.api, endpoint: record.endpoint, status: String(record.status) });
    this.upstreamSeconds.observe({ api: record.api }, record.durationMs / 1000);
    if (record.quotaWaitMs > 0) this.quotaWait.inc({ api: record.api }, record.quotaWaitMs / 1000);
  }

  cacheLookup(lookup: CacheLookup): void {
    this.cacheLookups.inc({ kind: lookup.kind, tier: lookup.tier });
  }
}
