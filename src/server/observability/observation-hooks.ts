import type { BaseContext } from '@apollo/server';
import type { RequestFeature } from '../plugins/request-features';
import { observationOf, type RequestObservation } from './request-observation';

/** The request header asking for the actual upstream cost of the operation in `extensions.upstreamCost`. */
export const UPSTREAM_COST_HEADER = 'x-upstream-cost';

/**
 * Fills the current request's observation with what only Apollo knows (operation name and hash, errors by code),
 * and on `X-Upstream-Cost: 1` reports what the operation actually cost upstream. Distinct from the demand-control
 * estimate (`X-Upstream-Cost-Estimate: 1` → `extensions.cost`), computed before execution.
 */
export const requestObservation: RequestFeature<BaseContext> = (requestContext) => {
  const observation = observationOf(requestContext.contextValue);
  if (!observation) return undefined;
  const wantsCost = requestContext.request.http?.headers.get(UPSTREAM_COST_HEADER) === '1';
  return {
    didResolveOperation({ operationName, queryHash }) {
      observation.operationName = operationName ?? undefined;
      observation.operationHash = queryHash;
    },
    willSendResponse({ response, operationName, queryHash }) {
      observation.operationName ??= operationName ?? undefined;
      observation.operationHash ??= queryHash;
      if (response.body.kind !== 'single') return;
      const result = response.body.singleResult;
      observation.hasData = Object.values(result.data ?? {}).some((value) => value !== null);
      for (const error of result.errors ?? []) {
        const code = String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
        observation.errors[code] = (observation.errors[code] ?? 0) + 1;
      }
      if (wantsCost) result.extensions = { ...result.extensions, upstreamCost: upstreamCostOf(observation) };
    },
  };
};

/** The actual cost report: what this operation did upstream while it ran. */
export function upstreamCostOf(observation: RequestObservation) {
  const calls = Object.values(observation.upstreamCalls).reduce((sum, count) => sum + (count ?? 0), 0);
  return {
    upstreamCalls: calls,
    upstreamCallsByApi: observation.upstreamCalls,
    retries: observation.upstreamRetries,
    cacheHits: { process: observation.cache.process, shared: observation.cache.shared },
    cacheMisses: observation.cache.miss,
    coalescedCalls: observation.cache.coalesced,
    quotaWaitMs: Math.round(observation.quotaWaitMs),
  };
}
