const FIRST_DELAY_MS = 100;
const MAX_DELAY_MS = 2000;

/**
 * Delay before retry number `retry` (1-based) after a 5xx or a network failure: short exponential steps,
 * jittered between half and all of the step so that callers failing together do not retry together.
 */
export function retryBackoffMs(retry: number, random: () => number = Math.random): number {
  const step = Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** Math.max(0, retry - 1));
  return Math.round(step / 2 + (step / 2) * random());
}
