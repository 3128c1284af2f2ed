import { readFileSync } from 'node:fs';

/**
 * The raw entries of `@etalab/decoupage-administratif` (INSEE official geography, COG 2026), reduced to
 * the fields the directory reads.
 */
export type Zone = 'metro' | 'drom' | 'com';

export interface RegionEntry {
  code: string;
  nom: string;
  zone: Zone;
}

export interface DepartementEntry {
  code: string;
  nom: string;
  region: string;
  zone: Zone;
}

export type CommuneKind = 'commune-actuelle' | 'commune-deleguee' | 'commune-associee' | 'arrondissement-municipal';

export interface CommuneEntry {
  code: string;
  nom: string;
  type: CommuneKind;
  zone: Zone;
  departement: string;
  region: string;
  codesPostaux?: string[];
  population?: number;
  /** For an arrondissement municipal: its city (75056 for Paris). */
  commune?: string;
  /** For a commune déléguée or associée: the current commune it is part of. */
  chefLieu?: string;
}

export function readRegions(): RegionEntry[] {
  return readDataFile<RegionEntry[]>('regions.json');
}

export function readDepartements(): DepartementEntry[] {
  return readDataFile<DepartementEntry[]>('departements.json');
}

export function readCommunes(): CommuneEntry[] {
  return readDataFile<CommuneEntry[]>('communes.json');
}

// Read and parsed rather than `require`d: require would keep the whole 8.6 MB communes array in its cache
// for the life of the process, while the directory keeps only a compact copy of the entries it serves.
function readDataFile<T>(fileName: string): T {
  const file = require.resolve(`@etalab/decoupage-administratif/data/${fileName}`);
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}
