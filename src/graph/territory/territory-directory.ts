import { readCommunes, readDepartements, readRegions, type CommuneEntry, type Zone } from './administrative-map-data';
import { canonicalTerritoryCode, hasCodeSyntax } from './territory-code-syntax';

export type TerritoryType = 'NATION' | 'REGION' | 'DEPARTEMENT' | 'COMMUNE';

export interface TerritoryRecord {
  /** `${type}:${code}`, e.g. "DEPARTEMENT:35"; the nation is "NATION:FR". */
  id: string;
  type: TerritoryType;
  code: string;
  name: string;
  regionCode?: string;
  departementCode?: string;
  postalCodes?: string[];
  population?: number;
}

/** How the Marché du travail API names a territory; it serves no finer level than the département. */
export interface MarketTerritory {
  codeTypeTerritoire: 'NAT' | 'REG' | 'DEP';
  codeTerritoire: string;
}

const TERRITORY_TYPES: readonly TerritoryType[] = ['NATION', 'REGION', 'DEPARTEMENT', 'COMMUNE'];
const NATION_CODE = 'FR';

/**
 * France's administrative map (INSEE, COG 2026): metropolitan France and the five overseas départements
 * and régions. The overseas collectivités (Saint-Pierre-et-Miquelon, Polynésie…) are left out: France
 * Travail's labour-market statistics do not cover them.
 *
 * Régions and départements are read on first use; the 35 000 communes only on the first commune lookup,
 * since most queries never go below the département.
 */
export class TerritoryDirectory {
  private readonly nationRecord: TerritoryRecord = record('NATION', NATION_CODE, 'France', {});
  private upperLevels?: UpperLevels;
  private communeLevel?: CommuneLevel;

  /** Whether the commune table has been read; it is read at the first commune lookup. */
  get communesLoaded(): boolean {
    return this.communeLevel !== undefined;
  }

  /** Reads every level now, so that the first request that reaches a commune does not pay for it. */
  preload(): void {
    this.upper();
    this.communes();
  }

  get(type: TerritoryType, code: string): TerritoryRecord | null {
    const canonical = canonicalTerritoryCode(code);
    switch (type) {
      case 'NATION':
        return canonical === NATION_CODE ? this.nationRecord : null;
      case 'REGION':
        return this.upper().regions.get(canonical) ?? null;
      case 'DEPARTEMENT':
        return this.upper().departements.get(canonical) ?? null;
      case 'COMMUNE':
        // A malformed code cannot be a commune: no need to read the commune table for it.
        return hasCodeSyntax('COMMUNE', canonical) ? (this.communes().byCode.get(canonical) ?? null) : null;
      default:
        return null;
    }
  }

  byId(id: string): TerritoryRecord | null {
    const separator = id.indexOf(':');
    if (separator < 0) return null;
    const type = id.slice(0, separator) as TerritoryType;
    return TERRITORY_TYPES.includes(type) ? this.get(type, id.slice(separator + 1)) : null;
  }

  nation(): TerritoryRecord {
    return this.nationRecord;
  }

  /** The 18 current régions: 13 in metropolitan France and 5 overseas. */
  regions(): TerritoryRecord[] {
    return [...this.upper().regions.values()];
  }

  departementsOf(regionCode: string): TerritoryRecord[] {
    return [...(this.upper().departementsByRegion.get(canonicalTerritoryCode(regionCode)) ?? [])];
  }

  /** The communes of a département; Paris, Lyon and Marseille as whole cities, without their arrondissements. */
  communesOf(departementCode: string): TerritoryRecord[] {
    const code = canonicalTerritoryCode(departementCode);
    if (!hasCodeSyntax('DEPARTEMENT', code)) return [];
    return [...(this.communes().byDepartement.get(code) ?? [])];
  }

  /** Syntax only: whether the code has the shape of an INSEE code at that level, known or not. */
  isWellFormed(type: TerritoryType, code: string): boolean {
    return TERRITORY_TYPES.includes(type) && hasCodeSyntax(type, canonicalTerritoryCode(code));
  }

  /** The Marché du travail territory for tension figures: a commune is counted in its département. */
  marketTerritoryOf(territory: TerritoryRecord): MarketTerritory {
    switch (territory.type) {
      case 'NATION':
        return { codeTypeTerritoire: 'NAT', codeTerritoire: NATION_CODE };
      case 'REGION':
        return { codeTypeTerritoire: 'REG', codeTerritoire: territory.code };
      case 'DEPARTEMENT':
        return { codeTypeTerritoire: 'DEP', codeTerritoire: territory.code };
      case 'COMMUNE':
        if (!territory.departementCode) {
          throw new Error(
            `Commune ${territory.code} (${territory.name}) has no département, so it has no labour-market territory.`,
          );
        }
        return { codeTypeTerritoire: 'DEP', codeTerritoire: territory.departementCode };
      default:
        throw new Error(`Unknown territory type "${String(territory.type)}".`);
    }
  }

  private upper(): UpperLevels {
    this.upperLevels ??= readUpperLevels();
    return this.upperLevels;
  }

  private communes(): CommuneLevel {
    this.communeLevel ??= readCommuneLevel();
    return this.communeLevel;
  }
}

interface UpperLevels {
  regions: Map<string, TerritoryRecord>;
  departements: Map<string, TerritoryRecord>;
  departementsByRegion: Map<string, TerritoryRecord[]>;
}

interface CommuneLevel {
  /** Communes and the arrondissements municipaux of Paris, Lyon and Marseille, which some offers are located in. */
  byCode: Map<string, TerritoryRecord>;
  /** Communes only: an arrondissement is part of a commune, not a commune of the département. */
  byDepartement: Map<string, TerritoryRecord[]>;
}

function isCovered(zone: Zone): boolean {
  return zone === 'metro' || zone === 'drom';
}

function readUpperLevels(): UpperLevels {
  const regions = new Map<string, TerritoryRecord>();
  for (const entry of readRegions()) {
    if (isCovered(entry.zone)) regions.set(entry.code, record('REGION', entry.code, entry.nom, {}));
  }
  const departements = new Map<string, TerritoryRecord>();
  const departementsByRegion = new Map<string, TerritoryRecord[]>();
  for (const entry of readDepartements()) {
    if (!isCovered(entry.zone) || !regions.has(entry.region)) continue;
    const departement = record('DEPARTEMENT', entry.code, entry.nom, { regionCode: entry.region });
    departements.set(entry.code, departement);
    pushTo(departementsByRegion, entry.region, departement);
  }
  return { regions, departements, departementsByRegion };
}

function readCommuneLevel(): CommuneLevel {
  const byCode = new Map<string, TerritoryRecord>();
  const byDepartement = new Map<string, TerritoryRecord[]>();
  for (const entry of readCommunes()) {
    if (!isCovered(entry.zone)) continue;
    if (entry.type === 'commune-actuelle') {
      const commune = communeRecord(entry);
      byCode.set(entry.code, commune);
      pushTo(byDepartement, entry.departement, commune);
    } else if (entry.type === 'arrondissement-municipal') {
      byCode.set(entry.code, communeRecord(entry));
    }
  }
  return { byCode, byDepartement };
}

function communeRecord(entry: CommuneEntry): TerritoryRecord {
  return record('COMMUNE', entry.code, entry.nom, {
    regionCode: entry.region,
    departementCode: entry.departement,
    postalCodes: entry.codesPostaux ? (Object.freeze([...entry.codesPostaux]) as string[]) : undefined,
    population: entry.population,
  });
}

type RecordDetails = Pick<TerritoryRecord, 'regionCode' | 'departementCode' | 'postalCodes' | 'population'>;

/** Records are shared by every caller, hence frozen; absent details are left out rather than set to undefined. */
function record(type: TerritoryType, code: string, name: string, details: RecordDetails): TerritoryRecord {
  const territory: TerritoryRecord = { id: `${type}:${code}`, type, code, name };
  if (details.regionCode !== undefined) territory.regionCode = details.regionCode;
  if (details.departementCode !== undefined) territory.departementCode = details.departementCode;
  if (details.postalCodes !== undefined) territory.postalCodes = details.postalCodes;
  if (details.population !== undefined) territory.population = details.population;
  return Object.freeze(territory);
}

function pushTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The directory shared by the whole process; it reads its data on first use. */
export const territoryDirectory: TerritoryDirectory = new TerritoryDirectory();
