import type { TerritoryLevel } from '../../upstream';
import { readCommunes, readDepartements, readRegions, type CommuneEntry, type Zone } from './administrative-map-data';
import { canonicalTerritoryCode, departementCodeOfCommune, hasCodeSyntax } from './territory-code-syntax';
import { BassinTable } from './bassins';
import { isTerritoryType, TerritoryType } from './territory-type';

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
  /** Bassins d'emploi only: the départements the bassin spans. */
  departementCodes?: readonly string[];
}

/** Where an offer says its job is, as far as it says. */
export interface PlaceOfWork {
  /** INSEE code of the commune, possibly one that has since merged into another. */
  communeCode?: string | null;
  /** Département code, for offers located no finer than the département. */
  departementCode?: string | null;
}

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
  private readonly nationRecord: TerritoryRecord = record(TerritoryType.NATION, NATION_CODE, 'France', {});
  private upperLevels?: UpperLevels;
  private readonly bassins = new BassinTable();
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

  get(type: TerritoryLevel, code: string): TerritoryRecord | null {
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
      case 'BASSIN':
        return this.bassins.get(canonical);
      default:
        return null;
    }
  }

  byId(id: string): TerritoryRecord | null {
    const separator = id.indexOf(':');
    if (separator < 0) return null;
    const type = id.slice(0, separator);
    return isTerritoryType(type) ? this.get(type, id.slice(separator + 1)) : null;
  }

  /**
   * The territory an offer's place of work lies in: its commune; for a commune that has since merged into another
   * (offers often keep the old INSEE code), the commune it is now part of, else its département; for an offer
   * located only by département, that département. Null when the place is outside the map (abroad).
   */
  locate(place: PlaceOfWork): TerritoryRecord | null {
    const communeCode = place.communeCode ? canonicalTerritoryCode(place.communeCode) : '';
    if (hasCodeSyntax('COMMUNE', communeCode)) {
      const commune = this.currentCommune(communeCode);
      if (commune) return commune;
      const departement = this.get('DEPARTEMENT', departementCodeOfCommune(communeCode));
      if (departement) return departement;
    }
    const departementCode = place.departementCode ? canonicalTerritoryCode(place.departementCode) : '';
    return hasCodeSyntax('DEPARTEMENT', departementCode) ? this.get('DEPARTEMENT', departementCode) : null;
  }

  /**
   * The commune a code designates today: the commune itself, or for a former commune (now a commune déléguée or
   * associée) the commune it is part of. Data published by France Travail often keeps the old codes.
   */
  currentCommune(code: string): TerritoryRecord | null {
    const canonical = canonicalTerritoryCode(code);
    if (!hasCodeSyntax('COMMUNE', canonical)) return null;
    const communes = this.communes();
    return communes.byCode.get(canonical) ?? communes.byFormerCode.get(canonical) ?? null;
  }

  /** The territory one level up: a commune's département, a département's région, a région's nation. */
  parentOf(territory: TerritoryRecord): TerritoryRecord | null {
    switch (territory.type) {
      case 'COMMUNE':
        return territory.departementCode ? this.get('DEPARTEMENT', territory.departementCode) : null;
      case 'DEPARTEMENT':
        return territory.regionCode ? this.get('REGION', territory.regionCode) : null;
      case 'REGION':
        return this.nationRecord;
      case 'BASSIN':
        return territory.regionCode ? this.get('REGION', territory.regionCode) : null;
      default:
        return null;
    }
  }

  /** The territory itself if its level is among `levels`, else the nearest one containing it that is. */
  atOneOf(territory: TerritoryRecord, levels: readonly TerritoryLevel[]): TerritoryRecord | null {
    let current: TerritoryRecord | null = territory;
    while (current && !levels.includes(current.type)) current = this.parentOf(current);
    return current;
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

  /** The bassins d'emploi of a département (including those that straddle it) or of a région. */
  bassinsOf(territory: TerritoryRecord): TerritoryRecord[] {
    if (territory.type === 'DEPARTEMENT') return this.bassins.ofDepartement(territory.code);
    if (territory.type === 'REGION') return this.bassins.ofRegion(territory.code);
    return [];
  }

  /** The communes of a département; Paris, Lyon and Marseille as whole cities, without their arrondissements. */
  communesOf(departementCode: string): TerritoryRecord[] {
    const code = canonicalTerritoryCode(departementCode);
    if (!hasCodeSyntax('DEPARTEMENT', code)) return [];
    return [...(this.communes().byDepartement.get(code) ?? [])];
  }

  /** The communes a postal code serves, for telling a user who typed one where an INSEE code was expected. */
  communesWithPostalCode(postalCode: string): TerritoryRecord[] {
    const communes = this.communes();
    communes.byPostalCode ??= indexByPostalCode(communes.byDepartement);
    return [...(communes.byPostalCode.get(postalCode.trim()) ?? [])];
  }

  /** Syntax only: whether the code has the shape of an INSEE code at that level, known or not. */
  isWellFormed(type: TerritoryLevel, code: string): boolean {
    return isTerritoryType(type) && hasCodeSyntax(type, canonicalTerritoryCode(code));
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
  /** Former communes (now communes déléguées or associées) by their own code: the commune they are part of. */
  byFormerCode: Map<string, TerritoryRecord>;
  /** Built on first use: only a refused argument needs it. */
  byPostalCode?: Map<string, TerritoryRecord[]>;
}

function indexByPostalCode(byDepartement: Map<string, TerritoryRecord[]>): Map<string, TerritoryRecord[]> {
  const index = new Map<string, TerritoryRecord[]>();
  for (const communes of byDepartement.values()) {
    for (const commune of communes)
      for (const postalCode of commune.postalCodes ?? []) pushTo(index, postalCode, commune);
  }
  return index;
}

function isCovered(zone: Zone): boolean {
  return zone === 'metro' || zone === 'drom';
}

function readUpperLevels(): UpperLevels {
  const regions = new Map<string, TerritoryRecord>();
  for (const entry of readRegions()) {
    if (isCovered(entry.zone)) regions.set(entry.code, record(TerritoryType.REGION, entry.code, entry.nom, {}));
  }
  const departements = new Map<string, TerritoryRecord>();
  const departementsByRegion = new Map<string, TerritoryRecord[]>();
  for (const entry of readDepartements()) {
    if (!isCovered(entry.zone) || !regions.has(entry.region)) continue;
    const departement = record(TerritoryType.DEPARTEMENT, entry.code, entry.nom, { regionCode: entry.region });
    departements.set(entry.code, departement);
    pushTo(departementsByRegion, entry.region, departement);
  }
  return { regions, departements, departementsByRegion };
}

function readCommuneLevel(): CommuneLevel {
  const byCode = new Map<string, TerritoryRecord>();
  const byDepartement = new Map<string, TerritoryRecord[]>();
  const formerCommunes: CommuneEntry[] = [];
  for (const entry of readCommunes()) {
    if (!isCovered(entry.zone)) continue;
    if (entry.type === 'commune-actuelle') {
      const commune = communeRecord(entry);
      byCode.set(entry.code, commune);
      pushTo(byDepartement, entry.departement, commune);
    } else if (entry.type === 'arrondissement-municipal') {
      byCode.set(entry.code, communeRecord(entry));
    } else {
      formerCommunes.push(entry);
    }
  }
  const byFormerCode = new Map<string, TerritoryRecord>();
  for (const entry of formerCommunes) {
    const current = entry.chefLieu ? byCode.get(entry.chefLieu) : undefined;
    if (current && !byCode.has(entry.code)) byFormerCode.set(entry.code, current);
  }
  return { byCode, byDepartement, byFormerCode };
}

function communeRecord(entry: CommuneEntry): TerritoryRecord {
  return record(TerritoryType.COMMUNE, entry.code, entry.nom, {
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
