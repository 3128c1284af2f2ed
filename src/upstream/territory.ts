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
