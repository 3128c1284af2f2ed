import { Counter, type Registry } from 'prom-client';

interface Tally<Label extends string> {
  labels: Record<Label, string>;
  count: number;
}

/** One level per label name, in order: the last level holds the tallies. */
type Level<Label extends string> = Map<string, Level<Label> | Tally<Label>>;

/**
 * A prom-client Counter whose increments are kept in plain numbers and handed over when the registry is scraped.
 * prom-client validates and hashes the labels of every update, which on counters bumped several times per request
 * was a visible part of a small query's CPU. Tallies are found through one map per label, so an increment builds no
 * key string.
 */
export class ScrapedCounter<Label extends string> {
  private readonly root: Level<Label> = new Map();
  private readonly tallies: Tally<Label>[] = [];
  private readonly labelNames: readonly Label[];

  constructor(options: { name: string; help: string; labelNames: readonly Label[]; registry: Registry }) {
    this.labelNames = options.labelNames;
    const tallies = this.tallies;
    new Counter<Label>({
      name: options.name,
      help: options.help,
      labelNames: options.labelNames,
      registers: [options.registry],
      collect() {
        this.reset();
        for (const { labels, count } of tallies) this.inc(labels, count);
      },
    });
  }

  inc(labels: Record<Label, string>, by = 1): void {
    const names = this.labelNames;
    let level = this.root;
    const last = names.length - 1;
    for (let index = 0; index < last; index += 1) {
      const value = labels[names[index]];
      let next = level.get(value) as Level<Label> | undefined;
      if (!next) level.set(value, (next = new Map()));
      level = next;
    }
    const value = last < 0 ? '' : labels[names[last]];
    const known = level.get(value) as Tally<Label> | undefined;
    if (known) {
      known.count += by;
      return;
    }
    const tally = { labels: { ...labels }, count: by };
    level.set(value, tally);
    this.tallies.push(tally);
  }
}
