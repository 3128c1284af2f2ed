import type { TerritoryRecord } from '../territory/territory-directory';
import { BMO_BASSINS } from './bassin-data';

const BASSIN_CODE = /^\d{4}$/;

/** A bassin d'emploi: shaped like a territory record, plus the départements it spans (some straddle two or three). */
export interface BassinRecord extends Omit<TerritoryRecord, 'type'> {
  type: 'BASSIN';
  departementCodes: readonly string[];
}

/** A territory at any level the market subgraph serves: the administrative map's, or a bassin. */
export type MarketTerritoryRecord = TerritoryRecord | BassinRecord;

let byCode: Map<string, BassinRecord> | undefined;

function bassins(): Map<string, BassinRecord> {
  byCode ??= new Map(
    BMO_BASSINS.map(([code, name, regionCode, departementCodes]) => [
      code,
      Object.freeze({ id: `BASSIN:${code}`, type: 'BASSIN' as const, code, name, regionCode, departementCodes }),
    ]),
  );
  return byCode;
}

/** The BMO bassins d'emploi, the finest level Marché du travail serves. */
export const bassinDirectory = {
  isWellFormed: (code: string): boolean => BASSIN_CODE.test(code),
  get: (code: string): BassinRecord | null => bassins().get(code) ?? null,
  all: (): BassinRecord[] => [...bassins().values()],
  ofDepartement: (departementCode: string): BassinRecord[] =>
    [...bassins().values()].filter((bassin) => bassin.departementCodes.includes(departementCode)),
};

export function isBassin(record: MarketTerritoryRecord): record is BassinRecord {
  return record.type === 'BASSIN';
}
