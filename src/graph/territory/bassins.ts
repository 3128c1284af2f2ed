import { BMO_BASSINS } from './bassin-data';
import type { TerritoryRecord } from './territory-directory';
import { TerritoryType } from './territory-type';

/**
 * The BMO bassins d'emploi, the finest level Marché du travail serves. A bassin lies in one région but may straddle
 * départements: its record carries their codes.
 */
export class BassinTable {
  private byCode?: Map<string, TerritoryRecord>;

  get(code: string): TerritoryRecord | null {
    return this.bassins().get(code) ?? null;
  }

  all(): TerritoryRecord[] {
    return [...this.bassins().values()];
  }

  ofDepartement(departementCode: string): TerritoryRecord[] {
    return this.all().filter((bassin) => bassin.departementCodes?.includes(departementCode));
  }

  ofRegion(regionCode: string): TerritoryRecord[] {
    return this.all().filter((bassin) => bassin.regionCode === regionCode);
  }

  private bassins(): Map<string, TerritoryRecord> {
    this.byCode ??= new Map(
      BMO_BASSINS.map(([code, name, regionCode, departementCodes]) => [
        code,
        Object.freeze({
          id: `${TerritoryType.BASSIN}:${code}`,
          type: TerritoryType.BASSIN,
          code,
          name,
          regionCode,
          departementCodes,
        }),
      ]),
    );
    return this.byCode;
  }
}
