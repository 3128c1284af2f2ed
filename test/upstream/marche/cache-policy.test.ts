import { DEFAULT_TTLS } from '../../../src/upstream';
import { indicatorCachePolicy } from '../../../src/upstream/marche/cache-policy';

const HOUR = 3600 * 1000;
const ttlOf = (values: readonly unknown[], indicator: Parameters<typeof indicatorCachePolicy>[1]) => {
  const { ttlMs } = indicatorCachePolicy<unknown>(DEFAULT_TTLS, indicator);
  return typeof ttlMs === 'function' ? ttlMs(values) : ttlMs;
};

describe('Marché du travail cache lifetimes', () => {
  it('keeps a "no figure" answer hours, not the year tension figures get', () => {
    expect(ttlOf([], 'PERSP_2')).toBeLessThanOrEqual(24 * HOUR);
    expect(ttlOf([], 'DE_1')).toBeLessThanOrEqual(24 * HOUR);
    expect(ttlOf([], 'SAL')).toBeLessThanOrEqual(24 * HOUR);
  });

  it('keeps figures for their publication rhythm', () => {
    expect(ttlOf([{}], 'PERSP_2')).toBe(DEFAULT_TTLS.tensionMs);
    expect(ttlOf([{}], 'DE_1')).toBe(DEFAULT_TTLS.marcheIndicatorMs);
    expect(ttlOf([{}], 'DE_1')).toBeGreaterThan(ttlOf([], 'DE_1'));
  });
});
