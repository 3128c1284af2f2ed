import type { MarcheTerritory } from '../../upstream';
import { badUserInput, notFound } from '../shared/errors';
import type { TerritoryInput, TerritoryType } from '../shared/territory-input';
import { territoryDirectory } from '../territory/territory-directory';
import { bassinDirectory, isBassin, type MarketTerritoryRecord } from './bassins';
import type { Territory } from './market.types';

/** A Territory as served, remembering its parents' codes for the navigation fields. */
export type TerritoryNode = Territory & {
  regionCode: string | null;
  departementCode: string | null;
  /** Bassins only: the départements the bassin spans. */
  departementCodes: readonly string[];
};

const nodes = new WeakMap<MarketTerritoryRecord, TerritoryNode>();

export function toTerritory(record: MarketTerritoryRecord): TerritoryNode {
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
      departementCodes: isBassin(record) ? record.departementCodes : [],
    };
    nodes.set(record, node);
  }
  return node;
}

/** A territory record at any level, bassins included, by its id "<TYPE>:<code>". */
export function territoryById(id: string): MarketTerritoryRecord | null {
  if (id.startsWith('BASSIN:')) return bassinDirectory.get(id.slice('BASSIN:'.length));
  return territoryDirectory.byId(id);
}

/** Validates a territory argument: malformed → BAD_USER_INPUT, well-formed but unknown → NOT_FOUND. */
export function territoryFromInput(input: TerritoryInput, argument: string): MarketTerritoryRecord {
  const code = input.code.trim().toUpperCase();
  if (input.type === 'BASSIN') {
    if (!bassinDirectory.isWellFormed(code))
      throw badUserInput(`"${input.code}" is not a bassin d'emploi code: expected 4 digits, e.g. "5314".`, argument);
    const bassin = bassinDirectory.get(code);
    if (!bassin) throw notFound(`No bassin d'emploi with code "${code}".`);
    return bassin;
  }
  if (!territoryDirectory.isWellFormed(input.type as Exclude<TerritoryType, 'BASSIN'>, code)) {
    throw badUserInput(
      `"${input.code}" is not a valid ${input.type.toLowerCase()} INSEE code${input.type === 'NATION' ? ' (use "FR")' : ''}.`,
      argument,
    );
  }
  const record = territoryDirectory.get(input.type as Exclude<TerritoryType, 'BASSIN'>, code);
  if (!record) throw notFound(`No ${input.type.toLowerCase()} with INSEE code "${code}".`);
  return record;
}

/**
 * The territory Marché du travail figures are asked for: the territory itself, except a commune, which Marché does
 * not serve: its département's figures stand for it.
 */
export function marketTerritoryOf(territory: MarketTerritoryRecord): {
  record: MarketTerritoryRecord;
  marche: MarcheTerritory;
} {
  if (territory.type === 'COMMUNE') {
    const departement = territory.departementCode
      ? territoryDirectory.get('DEPARTEMENT', territory.departementCode)
      : null;
    if (!departement)
      throw notFound(`Commune ${territory.code} has no département, so it has no labour-market figures.`);
    return { record: departement, marche: { level: 'DEPARTEMENT', code: departement.code } };
  }
  return { record: territory, marche: { level: territory.type, code: territory.code } };
}
