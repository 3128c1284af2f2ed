/**
 * The territory levels the graph speaks of, and how Marché du travail spells them. The only place that knows
 * Marché's territory type codes.
 */
export type MarcheTerritoryLevel = 'NATION' | 'REGION' | 'DEPARTEMENT' | 'BASSIN';

/** A territory as the Marché client takes it: the graph's level and the territory's own code. */
export interface MarcheTerritory {
  level: MarcheTerritoryLevel;
  code: string;
}

/** Marché's `codeTypeTerritoire` values. */
export type TerritoireType = 'NAT' | 'REG' | 'DEP' | 'BASBMO';

/**
 * Bassins d'emploi are the BMO survey's employment areas. Older client code spells their type `BASBMO`, newer
 * `BASSIN`; `BASBMO` is the one the type-territoires referential of the survey's own mesh names.
 */
const TYPE_BY_LEVEL: Record<MarcheTerritoryLevel, TerritoireType> = {
  NATION: 'NAT',
  REGION: 'REG',
  DEPARTEMENT: 'DEP',
  BASSIN: 'BASBMO',
};

const LEVEL_BY_TYPE = new Map<string, MarcheTerritoryLevel>(
  Object.entries(TYPE_BY_LEVEL).map(([level, type]) => [type, level as MarcheTerritoryLevel]),
);

/** The nation is "FR" for Marché as for the graph. */
export function toTerritoire(territory: MarcheTerritory): {
  codeTypeTerritoire: TerritoireType;
  codeTerritoire: string;
} {
  return { codeTypeTerritoire: TYPE_BY_LEVEL[territory.level], codeTerritoire: territory.code };
}

export function territoireType(level: MarcheTerritoryLevel): TerritoireType {
  return TYPE_BY_LEVEL[level];
}

/** The graph level of a Marché territory type; undefined for meshes the graph does not serve (EPCI, CLPE…). */
export function levelOf(codeTypeTerritoire: string): MarcheTerritoryLevel | undefined {
  return LEVEL_BY_TYPE.get(codeTypeTerritoire);
}

export function isLevel(value: string): value is MarcheTerritoryLevel {
  return value in TYPE_BY_LEVEL;
}
