import type { CacheTtls } from '../config';
import type { CachePolicy } from '../core/response-cache';
import type { IndicatorCode } from './indicators';

/**
 * How long an indicator answer is kept: the figures' lifetime (a year for the yearly tension, a month for quarterly
 * figures), but only hours for "no figure", which a new publication or a passing upstream gap may turn into figures.
 */
export function indicatorCachePolicy<T>(ttls: CacheTtls, indicator: IndicatorCode | 'SAL'): CachePolicy<readonly T[]> {
  const figuresMs = indicator === 'PERSP_2' ? ttls.tensionMs : ttls.marcheIndicatorMs;
  return { ttlMs: (values) => (values.length === 0 ? ttls.marcheNoFigureMs : figuresMs) };
}
