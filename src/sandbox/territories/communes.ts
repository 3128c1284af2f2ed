/**
 * French territories from @etalab/decoupage-administratif (COG 2026). Loaded on first use: the commune list is
 * 8 MB of JSON and only offer generation needs it.
 */
export interface CommuneEntry {
  code: string;
  nom: string;
  type: string;
  departement?: string;
  region?: string;
  zone?: string;
  codesPostaux?: string[];
  population?: number;
  /** For a municipal arrondissement (Paris, Lyon, Marseille): its city. */
  commune?: string;
}

export interface DepartementEntry {
  code: string;
  nom: string;
  region: string;
  zone: string;
}

export interface RegionEntry {
  code: string;
  nom: string;
  zone: string;
}

/** Metropolitan France and the overseas départements/régions: the territories France Travail publishes figures for. */
const SERVED_ZONES = new Set(['metro', 'drom']);

let communes: CommuneEntry[] | undefined;

export function loadCommunes(): CommuneEntry[] {
  // A plain require keeps the compiler from type-checking a multi-megabyte JSON literal.
  communes ??= require('@etalab/decoupage-administratif/data/communes.json') as CommuneEntry[];
  return communes;
}

let cities: Map<string, string> | undefined;

/** Municipal arrondissement code → code of its city (75115 → 75056). */
export function cityOfArrondissement(code: string): string | undefined {
  cities ??= new Map(
    loadCommunes()
      .filter((c) => c.type === 'arrondissement-municipal' && c.commune)
      .map((c) => [c.code, c.commune!]),
  );
  return cities.get(code);
}

export function loadDepartements(): DepartementEntry[] {
  const all = require('@etalab/decoupage-administratif/data/departements.json') as DepartementEntry[];
  return all.filter((d) => SERVED_ZONES.has(d.zone));
}

export function loadRegions(): RegionEntry[] {
  const all = require('@etalab/decoupage-administratif/data/regions.json') as RegionEntry[];
  return all.filter((r) => SERVED_ZONES.has(r.zone));
}
