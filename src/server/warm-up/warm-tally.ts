import { AsyncLocalStorage } from 'node:async_hooks';
import type { UpstreamObserver } from '../../upstream';

/** Upstream calls one warm-up task made, counted on its own async path. */
interface TaskTally {
  calls: number;
}

const current = new AsyncLocalStorage<TaskTally>();

/**
 * Counts each warm-up task's own upstream calls: a task that made none found its entry fresh in the cache (or
 * joined a load another caller had started). Plugged into the upstream clients beside the server's observer.
 */
export const warmUpObserver: UpstreamObserver = {
  onCall() {
    const tally = current.getStore();
    if (tally) tally.calls += 1;
  },
};

/** Runs `work` and tells how many upstream calls it made. */
export async function countingCalls<T>(work: () => Promise<T>): Promise<{ value: T; calls: number }> {
  const tally: TaskTally = { calls: 0 };
  const value = await current.run(tally, work);
  return { value, calls: tally.calls };
}

/** Several observers told of the same events. */
export function allOf(...observers: (UpstreamObserver | undefined)[]): UpstreamObserver {
  const present = observers.filter((observer) => observer !== undefined);
  return {
    onCall(record) {
      for (const observer of present) observer.onCall?.(record);
    },
    onCacheLookup(lookup) {
      for (const observer of present) observer.onCacheLookup?.(lookup);
    },
    withinLookup(kind, work) {
      // Each observer that wraps a lookup wraps the next one's wrapping, so every one of them sees it.
      return present.reduceRight<() => ReturnType<typeof work>>(
        (inner, observer) => (observer.withinLookup ? () => observer.withinLookup!(kind, inner) : inner),
        work,
      )();
    },
  };
}
