import { DEFAULT_QUOTAS } from '../../../src/upstream/config';
import { MemoryQuotaLimiter } from '../../../src/upstream/core/quota-limiter';
import { bucketFor } from '../../../src/upstream/core/gcra';

describe('MemoryQuotaLimiter', () => {
  const clock = { now: 0 };
  const quotas = { ...DEFAULT_QUOTAS, offres: 2, marche: 5 };
  const limiter = new MemoryQuotaLimiter(quotas, () => clock.now);

  it('keeps one bucket per API and honours each caller budget', async () => {
    for (let slot = 0; slot < bucketFor(quotas.offres).burst; slot++) {
      expect(await limiter.reserve('offres', 0)).toEqual({ granted: true, waitMs: 0 });
    }
    expect(await limiter.reserve('offres', 0)).toEqual({
      granted: false,
      waitMs: 1000 / bucketFor(quotas.offres).ratePerSecond,
    });
    expect(await limiter.reserve('offres', 1000)).toEqual({
      granted: true,
      waitMs: 1000 / bucketFor(quotas.offres).ratePerSecond,
    });
    expect(await limiter.reserve('marche', 0)).toEqual({ granted: true, waitMs: 0 });
  });

  it('a pause holds only the paused API', async () => {
    clock.now = 10_000;
    await limiter.pause('marche', 3000);
    expect(await limiter.reserve('marche', 0)).toEqual({ granted: false, waitMs: 3000 });
    expect(await limiter.reserve('offres', 0)).toEqual({ granted: true, waitMs: 0 });
    clock.now = 13_000;
    expect(await limiter.reserve('marche', 0)).toEqual({ granted: true, waitMs: 0 });
  });
});
