import { type FieldCost, fieldCosts, type ListSize, type SubgraphCosts } from '../../graph/upstream-cost';

/** Every subgraph's cost declarations, merged by schema coordinate. */
export interface CostDeclarations {
  fields: ReadonlyMap<string, readonly FieldCost[]>;
  listSizes: ReadonlyMap<string, ListSize>;
}

export function mergeCosts(declarations: readonly (SubgraphCosts | undefined)[]): CostDeclarations {
  const fields = new Map<string, readonly FieldCost[]>();
  const listSizes = new Map<string, ListSize>();
  for (const costs of declarations) {
    for (const [coordinate, cost] of Object.entries(costs?.fields ?? {})) fields.set(coordinate, fieldCosts(cost));
    for (const [coordinate, size] of Object.entries(costs?.listSizes ?? {})) listSizes.set(coordinate, size);
  }
  return { fields, listSizes };
}
