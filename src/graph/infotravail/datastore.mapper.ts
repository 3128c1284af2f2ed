import type { DatastoreFigure } from '../../upstream';
import { territoryDirectory } from '../territory/territory-directory';
import type { DatastoreValue, TerritoryReference } from './infotravail.types';

export function toDatastoreValue(figure: DatastoreFigure): DatastoreValue {
  return { column: figure.column, type: figure.type, value: figure.value === null ? null : String(figure.value) };
}

/** A territory the graph knows, as a reference; null for levels it does not map. */
export function territoryRef(
  level: 'NATION' | 'REGION' | 'DEPARTEMENT' | 'COMMUNE',
  code: string,
): TerritoryReference | null {
  const record = level === 'COMMUNE' ? territoryDirectory.currentCommune(code) : territoryDirectory.get(level, code);
  return record ? { id: record.id } : null;
}
