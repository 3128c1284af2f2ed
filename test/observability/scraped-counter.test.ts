import { Registry } from 'prom-client';
import { ScrapedCounter } from '../../src/server/observability/scraped-counter';

describe('ScrapedCounter', () => {
  it('exposes the sum of its increments per label set at each scrape', async () => {
    const registry = new Registry();
    const lookups = new ScrapedCounter({
      name: 'lookups_total',
      help: 'Lookups.',
      labelNames: ['kind', 'tier'],
      registry,
    });
    lookups.inc({ kind: 'offres', tier: 'process' });
    lookups.inc({ kind: 'offres', tier: 'process' }, 2);
    lookups.inc({ kind: 'offres', tier: 'miss' });
    // Label values that would collide if they were simply concatenated.
    lookups.inc({ kind: 'a', tier: 'bc' });
    lookups.inc({ kind: 'ab', tier: 'c' });
    const first = await registry.metrics();
    expect(first).toContain('lookups_total{kind="offres",tier="process"} 3');
    expect(first).toContain('lookups_total{kind="offres",tier="miss"} 1');
    expect(first).toContain('lookups_total{kind="a",tier="bc"} 1');
    expect(first).toContain('lookups_total{kind="ab",tier="c"} 1');
    lookups.inc({ kind: 'offres', tier: 'miss' }, 4);
    const second = await registry.metrics();
    expect(second).toContain('lookups_total{kind="offres",tier="miss"} 5');
    expect(second).toContain('lookups_total{kind="offres",tier="process"} 3');
  });
});
