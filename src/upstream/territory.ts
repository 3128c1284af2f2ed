/**
 * A territory as the graph names it to every client: a level of the French administrative map and the INSEE code
 * at that level. Each client translates it into its own API's vocabulary (Marché: `NAT`/`REG`/`DEP`; Offres:
 * `region`/`departement`/`commune` parameters), so that no France Travail territory code leaks into the graph.
 */
export type TerritoryLevel = 'NATION' | 'REGION' | 'DEPARTEMENT' | 'COMMUNE' | 'BASSIN';

export interface TerritoryKey {
  level: TerritoryLevel;
  /** INSEE code at that level, canonical (upper case, trimmed); "FR" for the nation; a bassin's 4-digit BMO code. */
  code: string;
}

/** An API's codes for the levels it publishes at, and the way back from a code to the graph's level. */
export interface LevelVocabulary<Code extends string> {
  /** The levels the API publishes at, in the order declared. */
  readonly levels: readonly TerritoryLevel[];
  /** The API's code of a level; undefined for a level it does not publish at. */
  codeOf(level: TerritoryLevel): Code | undefined;
  /** The graph's level of an API code; undefined for a code the graph does not serve. */
  levelOf(code: string): TerritoryLevel | undefined;
}

export function levelVocabulary<Code extends string>(
  codes: Partial<Record<TerritoryLevel, Code>>,
): LevelVocabulary<Code> {
  const levelByCode = new Map<string, TerritoryLevel>(
    Object.entries(codes).map(([level, code]) => [code as string, level as TerritoryLevel]),
  );
  return {
    levels: Object.freeze(Object.keys(codes) as TerritoryLevel[]),
    codeOf: (level) => codes[level],
    levelOf: (code) => levelByCode.get(code),
  };
}
