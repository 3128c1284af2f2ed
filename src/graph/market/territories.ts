import type { TerritoryRecord } from '../territory/territory-directory';
import type { Territory } from './market.types';

/** A Territory as served, remembering its parents' codes for the navigation fields. */
export type TerritoryNode = Territory & {
  regionCode: string | null;
  departementCode: string | null;
  /** Bassins only: the départements the bassin spans. */
  departementCodes: readonly string[];
};

const nodes = new WeakMap<TerritoryRecord, TerritoryNode>();

export function toTerritory(record: TerritoryRecord): TerritoryNode {
  let node = nodes.get(record);
  if (!node) {
    node = {
      id: record.id,
      type: record.type,
      code: record.code,
      name: record.name,
      postalCodes: record.postalCodes ?? [],
      population: record.population ?? null,
      regionCode: record.regionCode ?? null,
      departementCode: record.departementCode ?? null,
      departementCodes: record.departementCodes ?? [],
    };
    nodes.set(record, node);
  }
  return node;
}
