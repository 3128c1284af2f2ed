import type { RequestScope } from '../../upstream';

/**
 * Runs one warm-up task and tells how many upstream calls it made on its own behalf: a task that made none found
 * its entry fresh in the cache (or joined a load another caller had started).
 */
export async function countingCalls<T>(
  scope: RequestScope,
  work: (scope: RequestScope) => Promise<T>,
): Promise<{ value: T; calls: number }> {
  let calls = 0;
  const value = await work({
    ...scope,
    tally: {
      onCall() {
        calls += 1;
      },
    },
  });
  return { value, calls };
}
