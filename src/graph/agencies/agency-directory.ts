import type { AgenceDto } from '../../upstream';
import { memoizedOn } from '../shared/per-request';
import { territoryDirectory } from '../territory/territory-directory';
import { toAgency } from './agency.mapper';
import type { Agency, GeoPoint } from './agency.types';
import { distanceKm } from './distance';

/** The whole agency referential, mapped once per loaded list and indexed for every lookup the graph makes. */
export class AgencyDirectory {
  readonly all: readonly Agency[];
  private readonly byCode: Map<string, Agency>;

  constructor(list: readonly AgenceDto[]) {
    this.all = list.map(toAgency).sort((a, b) => a.code.localeCompare(b.code));
    this.byCode = new Map(this.all.map((agency) => [agency.code, agency]));
  }

  get(code: string): Agency | null {
    return this.byCode.get(code.toUpperCase()) ?? null;
  }

  /** A commune's sites, those listed under one of its former communes' codes included. */
  inCommune(code: string): Agency[] {
    return this.all.filter((agency) => {
      const listed = agency.address?.communeCode;
      return (
        listed === code ||
        (listed !== undefined && listed !== null && territoryDirectory.currentCommune(listed)?.code === code)
      );
    });
  }

  /** A département's sites: those whose commune belongs to it (Corsica's 2A/2B and overseas 97x included). */
  inDepartement(code: string): Agency[] {
    return this.all.filter((agency) => agency.address?.communeCode?.startsWith(code) ?? false);
  }

  inRegion(code: string): Agency[] {
    return this.all.filter((agency) => agency.regionCode === code);
  }

  near(origin: GeoPoint, radiusKm: number): { agency: Agency; distanceKm: number }[] {
    const found: { agency: Agency; distanceKm: number }[] = [];
    for (const agency of this.all) {
      const location = agency.address?.location;
      if (!location) continue;
      const distance = distanceKm(origin, location);
      if (distance <= radiusKm) found.push({ agency, distanceKm: Math.round(distance * 10) / 10 });
    }
    return found.sort((a, b) => a.distanceKm - b.distanceKm || a.agency.code.localeCompare(b.agency.code));
  }
}

/** One directory per loaded list: the cache hands back the same array until it reloads. */
export const agencyDirectoryOf = memoizedOn((list: readonly AgenceDto[]) => new AgencyDirectory(list));
