import type { Metric, MetricValueWithName, Registry } from 'prom-client';

interface Series {
  /** Observations per bucket (not cumulative); the last slot is +Inf. */
  counts: number[];
  sum: number;
  count: number;
}

/**
 * A Prometheus histogram with one label, registered on a prom-client registry and exposed like prom-client's own.
 * An observation is a map lookup and two additions: prom-client's Histogram validates and hashes the labels of
 * every observation, which cost more than the rest of a request's metrics together.
 */
export class LabelledHistogram<Label extends string> {
  readonly type = 'histogram' as const;
  readonly aggregator = 'sum' as const;
  private readonly series = new Map<string, Series>();

  constructor(
    readonly name: string,
    readonly help: string,
    private readonly label: Label,
    private readonly buckets: readonly number[],
    registry: Registry,
  ) {
    registry.registerMetric(this as unknown as Metric);
  }

  observe(labelValue: string, value: number): void {
    let series = this.series.get(labelValue);
    if (!series) {
      series = { counts: new Array<number>(this.buckets.length + 1).fill(0), sum: 0, count: 0 };
      this.series.set(labelValue, series);
    }
    let bucket = 0;
    while (bucket < this.buckets.length && value > this.buckets[bucket]) bucket += 1;
    series.counts[bucket] += 1;
    series.sum += value;
    series.count += 1;
  }

  reset(): void {
    this.series.clear();
  }

  /** What prom-client's registry reads of a metric to expose it. */
  async get() {
    const values: MetricValueWithName<string>[] = [];
    for (const [labelValue, series] of this.series) {
      let cumulative = 0;
      series.counts.forEach((count, bucket) => {
        cumulative += count;
        const le = bucket < this.buckets.length ? this.buckets[bucket] : '+Inf';
        values.push({ metricName: `${this.name}_bucket`, labels: { le, [this.label]: labelValue }, value: cumulative });
      });
      values.push({ metricName: `${this.name}_sum`, labels: { [this.label]: labelValue }, value: series.sum });
      values.push({ metricName: `${this.name}_count`, labels: { [this.label]: labelValue }, value: series.count });
    }
    return { name: this.name, help: this.help, type: this.type, values, aggregator: this.aggregator };
  }
}
