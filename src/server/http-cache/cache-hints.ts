import { API_CACHE_HINTS, type CacheHint, type SubgraphCacheHints } from '../../graph/cache-hint';
import { fieldCosts, type SubgraphCosts } from '../../graph/upstream-cost';

/**
 * Every field's HTTP lifetime by schema coordinate: the shortest lifetime of the APIs its cost declaration names,
 * unless its subgraph declares a hint of its own. Fields in neither call no API and do not shorten an answer's
 * lifetime.
 */
export function mergeCacheHints(
  modules: readonly { costs?: SubgraphCosts; cacheHints?: SubgraphCacheHints }[],
): ReadonlyMap<string, CacheHint> {
  const hints = new Map<string, CacheHint>();
  for (const { costs } of modules)
    for (const [coordinate, declared] of Object.entries(costs?.fields ?? {})) {
      const apiHints = fieldCosts(declared).map((cost) => API_CACHE_HINTS[cost.api]);
      hints.set(
        coordinate,
        apiHints.reduce((shortest, hint) => (hint.maxAgeSeconds < shortest.maxAgeSeconds ? hint : shortest)),
      );
    }
  for (const { cacheHints } of modules)
    for (const [coordinate, hint] of Object.entries(cacheHints ?? {})) hints.set(coordinate, hint);
  return hints;
}
