import type { UpstreamApi } from '../upstream';

/**
 * What resolving one field may cost upstream, declared beside the subgraph that owns the field. Demand control
 * reads these declarations to estimate an operation's worst case in upstream calls per API before executing it.
 *
 * - `perCall`: one upstream call per distinct (parent, arguments) reaching the field, multiplied by the list
 *   sizes above it (an indicator for one territory and one occupation).
 * - `perPage`: one call per `range` window of at most `pageSize` items of the field's `first` argument
 *   (an offers search).
 * - `wholeList`: one call per cache lifetime whatever the number of uses, shared by every field naming the same
 *   `list` (the ROME métiers list, the agencies referential): counted at most once per operation.
 * - `perArgumentValue`: one call per distinct value of the field's `argument` in the operation, shared by every
 *   field naming the same `list`, however many parents reach it (salaries: one call serves every occupation of a
 *   territory).
 *
 * A field whose resolution may make calls of several kinds declares them all, as a list.
 */
export type FieldCost =
  | { api: UpstreamApi; calls: 'perCall' }
  | { api: UpstreamApi; calls: 'perPage'; pageSize: number }
  | { api: UpstreamApi; calls: 'wholeList'; list: string }
  | { api: UpstreamApi; calls: 'perArgumentValue'; argument: string; list: string };

/**
 * How many items a list field returns at most, for multiplying the cost of the fields below it: bounded by an
 * argument (`first`) or by what the data holds (an occupation has at most ~40 appellations).
 */
export type ListSize = { argument: string; max: number } | { assumed: number };

export interface SubgraphCosts {
  /** Keyed by schema coordinate, `Type.field`. Fields not listed cost no upstream call. */
  fields: Record<string, FieldCost | readonly FieldCost[]>;
  /** Keyed by schema coordinate; list fields not listed count as `{ assumed: 1 }` times their parent. */
  listSizes: Record<string, ListSize>;
}

/** A field's declared costs as a list, whether it declared one or several. */
export function fieldCosts(declared: FieldCost | readonly FieldCost[]): readonly FieldCost[] {
  return Array.isArray(declared) ? declared : [declared as FieldCost];
}
