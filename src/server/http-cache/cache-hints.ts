import { API_CACHE_HINTS, type CacheHint, type SubgraphCacheHints } from '../../graph/cache-hint';
import type { SubgraphCosts } from '../../graph/upstream-cost';

/**
 * Every field's HTTP lifetime by schema coordinate: the lifetime of the API its cost declaration names, unless its
 * subgraph declares a hint of its own. Fields in neither call no API and do not shorten an answer's lifetime.
 */
export function mergeCacheHints(
  modules: readonly { costs?: SubgraphCosts; cacheHints?: SubgraphCacheHints }[],
): ReadonlyMap<string, CacheHint> {
  const hints = new Map<string, CacheHint>();
  for (const { costs } of modules)
    for (const [coordinate, cost] of Object.entries(costs?.fields ?? {}))
      hints.set(coordinate, API_CACHE_HINTS[cost.api]);
  for (const { cacheHints } of modules)
    for (const [coordinate, hint] of Object.entries(cacheHints ?? {})) hints.set(coordinate, hint);
  return hints;
}
