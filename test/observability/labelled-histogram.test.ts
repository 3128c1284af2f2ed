import { Histogram, Registry } from 'prom-client';
import { LabelledHistogram } from '../../src/server/observability/labelled-histogram';

const BUCKETS = [0.005, 0.05, 0.5, 5];
const OBSERVATIONS: [string, number][] = [
  ['Offers', 0.001],
  ['Offers', 0.005],
  ['Offers', 0.0051],
  ['Offers', 0.7],
  ['Tension', 0.049],
  ['Tension', 12],
  ['Offers', 5],
];

/** The exposition lines, sorted: each line's labels in a fixed order, so both histograms compare line by line. */
async function exposition(registry: Registry): Promise<string[]> {
  const text = await registry.metrics();
  return text
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => line.replace(/\{([^}]*)\}/, (_, labels: string) => `{${labels.split(',').sort().join(',')}}`))
    .sort();
}

describe('LabelledHistogram', () => {
  it('exposes the same buckets, sums and counts as prom-client’s Histogram', async () => {
    const ours = new Registry();
    const reference = new Registry();
    const histogram = new LabelledHistogram('request_seconds', 'Request time.', 'operation', BUCKETS, ours);
    const promClient = new Histogram({
      name: 'request_seconds',
      help: 'Request time.',
      labelNames: ['operation'],
      buckets: BUCKETS,
      registers: [reference],
    });
    for (const [operation, seconds] of OBSERVATIONS) {
      histogram.observe(operation, seconds);
      promClient.observe({ operation }, seconds);
    }
    const lines = await exposition(ours);
    expect(lines).toEqual(await exposition(reference));
    expect(lines).toContain('request_seconds_bucket{le="0.005",operation="Offers"} 2');
    expect(lines).toContain('request_seconds_bucket{le="+Inf",operation="Tension"} 2');
    expect((await ours.metrics()).split('\n').slice(0, 2)).toEqual([
      '# HELP request_seconds Request time.',
      '# TYPE request_seconds histogram',
    ]);
  });

  it('starts again from nothing when the registry is reset', async () => {
    const registry = new Registry();
    const histogram = new LabelledHistogram('request_seconds', 'Request time.', 'operation', BUCKETS, registry);
    histogram.observe('Offers', 0.1);
    registry.resetMetrics();
    histogram.observe('Tension', 0.1);
    const lines = await exposition(registry);
    expect(lines.some((line) => line.includes('Offers'))).toBe(false);
    expect(lines).toContain('request_seconds_count{operation="Tension"} 1');
  });
});
