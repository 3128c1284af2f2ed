import { type FieldNode, type GraphQLField, getArgumentValues, Kind, type ValueNode, valueFromAST } from 'graphql';
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
    const value = readArgument(bound.field, bound.node, bound.argument, variables);
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
    return JSON.stringify(readArgument(at.field, at.node, argument, variables) ?? null);
  } catch {
    return undefined;
  }
}

/** Arguments written in the document: their value is the same on every request that runs it. */
const literalValues = new WeakMap<ValueNode, unknown>();

/**
 * One argument's value, as `getArgumentValues` gives it, without coercing the field's other arguments on every
 * request: a variable with a value is taken as it is (as graphql-js does), a literal is coerced once per document,
 * and only what neither covers (nulls, literals holding variables) takes the full path.
 */
function readArgument(
  field: GraphQLField<unknown, unknown>,
  node: FieldNode,
  argument: string,
  variables: Record<string, unknown>,
): unknown {
  const given = node.arguments?.find((candidate) => candidate.name.value === argument)?.value;
  const definition = field.args.find((candidate) => candidate.name === argument);
  if (given === undefined) return definition?.defaultValue;
  if (given.kind === Kind.VARIABLE) {
    const value = Object.hasOwn(variables, given.name.value) ? variables[given.name.value] : undefined;
    if (value !== undefined && value !== null) return value;
  } else if (literalValues.has(given)) {
    return literalValues.get(given);
  } else if (definition) {
    const value = valueFromAST(given, definition.type);
    if (value !== undefined) {
      literalValues.set(given, value);
      return value;
    }
  }
  return getArgumentValues(field, node, variables)[argument];
}
