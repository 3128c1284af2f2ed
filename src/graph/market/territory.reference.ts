import type { GraphContext } from '../context';
import type { ReferenceResolver } from '../subgraph';
import { territoryDirectory } from '../territory/territory-directory';
import { toTerritory } from './territories';

/** A Territory other subgraphs point at by id ("DEPARTEMENT:35"); null for an id that names no territory. */
export const resolveTerritoryReference: ReferenceResolver<GraphContext> = (reference) => {
  const record = territoryDirectory.byId(String(reference.id));
  return record ? toTerritory(record) : null;
};
