import type { BaseContext } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { UpstreamApi } from '../../upstream';
import { perOperation } from '../plugins/per-operation';
import type { RequestFeature } from '../plugins/request-features';
import type { CostDeclarations } from './cost-declarations';
import { compileCostPlan, type CostPlan, type UpstreamCalls } from './cost-plan';
import { evaluateCost } from './evaluate-cost';

/** Request header asking for the estimate in the response's `extensions.cost`. */
export const COST_ESTIMATE_HEADER = 'x-upstream-cost-estimate';

export interface DemandControlOptions {
  costs: CostDeclarations;
  /** Most upstream calls one operation may need, per API. */
  budget: Readonly<Record<UpstreamApi, number>>;
}

/** What `extensions.cost` holds: the worst-case calls per API, and the budget of each API it names. */
export interface CostReport {
  upstreamCalls: UpstreamCalls;
  budget: UpstreamCalls;
  exceeded?: UpstreamApi[];
}

/**
 * Demand control in upstream calls: before execution, estimates the operation's worst case per France Travail API
 * from the subgraphs' cost declarations, and refuses it (400 QUERY_TOO_EXPENSIVE, before any upstream call) when an
 * API's estimate is over its budget. The plan is compiled once per document and operation; only the argument
 * values that bound lists are read per request.
 */
export function demandControl(options: DemandControlOptions): RequestFeature<BaseContext> {
  const planFor = perOperation((schema, document, operation) =>
    compileCostPlan(schema, document, operation, options.costs),
  );
  /** Estimates of plans that read no argument: the same for every request, so worked out once. */
  const fixedEstimates = new WeakMap<CostPlan, CostReport>();
  const estimate = (plan: CostPlan, variables: Record<string, unknown>): CostReport => {
    const known = fixedEstimates.get(plan);
    if (known) return known;
    const upstreamCalls = evaluateCost(plan, variables);
    const apis = Object.keys(upstreamCalls) as UpstreamApi[];
    const budget: UpstreamCalls = Object.fromEntries(apis.map((api) => [api, options.budget[api]]));
    const exceeded = apis.filter((api) => (upstreamCalls[api] ?? 0) > options.budget[api]);
    const report: CostReport = exceeded.length > 0 ? { upstreamCalls, budget, exceeded } : { upstreamCalls, budget };
    if (!plan.readsArguments) fixedEstimates.set(plan, report);
    return report;
  };

  return ({ request }) => {
    let report: CostReport | undefined;
    const wanted = request.http?.headers.get(COST_ESTIMATE_HEADER)?.trim() === '1';
    return {
      didResolveOperation({ schema, document, operation, request: { variables } }) {
        if (!operation) return;
        const plan = planFor(schema, document, operation);
        if (plan.tooLarge)
          throw new GraphQLError('The operation expands (through fragments) beyond what the server estimates.', {
            extensions: { code: 'QUERY_TOO_EXPENSIVE', http: { status: 400 } },
          });
        const estimated = estimate(plan, variables ?? {});
        const { upstreamCalls, budget, exceeded } = estimated;
        if (exceeded)
          throw new GraphQLError(
            `The operation may need more upstream calls than allowed (${exceeded
              .map((api) => `${api}: up to ${upstreamCalls[api]}, budget ${options.budget[api]}`)
              .join('; ')}). Ask for fewer items, or fewer aliases of costly fields.`,
            {
              extensions: {
                code: 'QUERY_TOO_EXPENSIVE',
                cost: { upstreamCalls, budget, exceeded },
                http: { status: 400 },
              },
            },
          );
        if (wanted) report = estimated;
      },
      willSendResponse({ response }) {
        if (!report || response.body.kind !== 'single') return;
        response.body.singleResult.extensions = { ...response.body.singleResult.extensions, cost: report };
      },
    };
  };
}

/** Each API's budget: its quota over `seconds` of work, unless `MAX_UPSTREAM_CALLS` says otherwise. */
export function upstreamCallBudget(
  quotas: Readonly<Record<UpstreamApi, number>>,
  seconds: number,
  overrides: Partial<Record<UpstreamApi, number>> = {},
): Record<UpstreamApi, number> {
  const budget = {} as Record<UpstreamApi, number>;
  for (const api of Object.keys(quotas) as UpstreamApi[])
    budget[api] = overrides[api] ?? Math.max(1, Math.floor(quotas[api] * seconds));
  return budget;
}
