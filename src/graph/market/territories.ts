import { territoryDirectory, type TerritoryRecord } from '../territory/territory-directory';
import { badUserInput, notFound } from '../shared/errors';
import type { TerritoryInput, TerritoryType } from '../shared/territory-input';
import type { Territory } from './market.types';

/** A Territory as served, remembering its parents' codes for the navigation fields. */
export type TerritoryNode = Territory & { regionCode: string | null; departementCode: string | null };

const nodes = new WeakMap<TerritoryRecord, TerritoryNode>();

export function toTerritory(record: TerritoryRecord): TerritoryNode {
  let node = nodes.get(record);
  if (!node) {
    node = {
      id: record.id,
      type: record.type as TerritoryType,
      code: record.code,
      name: record.name,
      postalCodes: record.postalCodes ?? [],
      population: record.population ?? null,
      regionCode: record.regionCode ?? null,
      departementCode: record.departementCode ?? null,
    };
    nodes.set(record, node);
  }
  return node;
}

/** Validates a territory argument: malformed → BAD_USER_INPUT, well-formed but unknown → NOT_FOUND. */
export function territoryFromInput(input: TerritoryInput, argument: string): TerritoryRecord {
  const code = input.code.trim().toUpperCase();
  if (!territoryDirectory.isWellFormed(input.type, code)) {
    throw badUserInput(
      `"${input.code}" is not a valid ${input.type.toLowerCase()} INSEE code${input.type === 'NATION' ? ' (use "FR")' : ''}.`,
      argument,
    );
  }
  const record = territoryDirectory.get(input.type, code);
  if (!record) throw notFound(`No ${input.type.toLowerCase()} with INSEE code "${code}".`);
  return record;
}
