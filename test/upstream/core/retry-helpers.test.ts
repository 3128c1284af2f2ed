import { parseRetryAfterMs } from '../../../src/upstream/core/retry-after';
import { retryBackoffMs } from '../../../src/upstream/core/retry-backoff';

describe('Retry-After', () => {
  it('reads delta-seconds', () => {
    expect(parseRetryAfterMs('2')).toBe(2000);
    expect(parseRetryAfterMs(' 0 ')).toBe(0);
    expect(parseRetryAfterMs('1.5')).toBe(1500);
  });

  it('reads an HTTP date relative to now', () => {
    const now = Date.parse('2025-03-02T08:00:00Z');
    expect(parseRetryAfterMs('Sun, 02 Mar 2025 08:00:03 GMT', now)).toBe(3000);
    expect(parseRetryAfterMs('Sun, 02 Mar 2025 07:59:00 GMT', now)).toBe(0);
  });

  it('gives up on absent or unreadable values', () => {
    expect(parseRetryAfterMs(undefined)).toBeUndefined();
    expect(parseRetryAfterMs('')).toBeUndefined();
    expect(parseRetryAfterMs('soon')).toBeUndefined();
    expect(parseRetryAfterMs('-3')).toBeUndefined();
  });
});

describe('retry backoff', () => {
  const high = (retry: number) => retryBackoffMs(retry, () => 1);
  const low = (retry: number) => retryBackoffMs(retry, () => 0);

  it('jitters within the upper half of each step', () => {
    for (let retry = 1; retry <= 8; retry++) expect(low(retry) * 2).toBe(high(retry));
  });

  it('doubles per retry up to a cap', () => {
    expect(high(2)).toBe(2 * high(1));
    expect(high(3)).toBe(2 * high(2));
    expect(high(21)).toBe(high(20));
    expect(high(20)).toBeGreaterThan(high(3));
  });
});
