import { getArgumentValues } from 'graphql';
import type { UpstreamApi } from '../../upstream';
import type { ArgumentBound, CostPlan, CostTerm, Factor, UpstreamCalls } from './cost-plan';

/**
 * The worst case in upstream calls per API: `perCall` fields once per item of every list above them, `perPage`
 * fields once per page of their `first`, whole lists once per operation whatever the number of uses, and
 * `perArgumentValue` fields once per distinct value of their argument.
 */
export function evaluateCost(plan: CostPlan, variables: Record<string, unknown>): UpstreamCalls {
  const calls: UpstreamCalls = {};
  const lists = new Set<string>();
  const add = (api: UpstreamApi, n: number) => {
    calls[api] = (calls[api] ?? 0) + n;
  };
  for (const term of plan.terms) {
    const { cost } = term;
    if (cost.calls === 'wholeList') {
      if (!lists.has(cost.list)) add(cost.api, 1);
      lists.add(cost.list);
      continue;
    }
    if (cost.calls === 'perArgumentValue') {
      const value = argumentKey(term.argumentOf, cost.argument, variables);
      const key = `${cost.list}:${value}`;
      // An argument that cannot be read is counted every time: the field will refuse it, but never undercount.
      if (value === undefined || !lists.has(key)) add(cost.api, 1);
      lists.add(key);
      continue;
    }
    const items = term.factors.reduce((product: number, factor) => product * factorValue(factor, variables), 1);
    if (items === 0) continue;
    const pages =
      cost.calls === 'perPage' && term.pageSize
        ? Math.max(1, Math.ceil(factorValue(term.pageSize, variables) / cost.pageSize))
        : 1;
    add(cost.api, items * pages);
  }
  return calls;
}

function factorValue(factor: Factor, variables: Record<string, unknown>): number {
  if (typeof factor === 'number') return factor;
  return argumentValue(factor, variables);
}

/** The argument's value, clamped to its declared maximum; the maximum when it cannot be read (the field will refuse it). */
function argumentValue(bound: ArgumentBound, variables: Record<string, unknown>): number {
  try {
    const value = getArgumentValues(bound.field, bound.node, variables)[bound.argument];
    if (typeof value !== 'number' || !Number.isFinite(value)) return bound.max;
    return Math.min(Math.max(value, 0), bound.max);
  } catch {
    return bound.max;
  }
}

/** The argument's value as a key; undefined when it cannot be read. */
function argumentKey(
  at: CostTerm['argumentOf'],
  argument: string,
  variables: Record<string, unknown>,
): string | undefined {
  if (!at) return undefined;
  try {
    return JSON.stringify(getArgumentValues(at.field, at.node, variables)[argument] ?? null);
  } catch {
    return undefined;
  }
}
