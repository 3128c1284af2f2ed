import type { OffresSearchCriteria } from '../../upstream';
import { TerritoryType, territoryId } from '../shared/territory-input';
import { territoryDirectory } from '../territory/territory-directory';
import type { MatchingOffersArea, SoughtJobOffersHost } from './sought-job.types';

/** Offres v2 takes at most five communes or five départements per search, and one région. */
const MAX_PLACES = 5;
const CONTRACT_TYPE = /^[A-Z]{2,4}$/;
const MAX_DISTANCE_KM = 200;

export interface SoughtJobSearch {
  /** Everything but the appellation / occupation criterion. */
  criteria: OffresSearchCriteria;
  area: MatchingOffersArea;
}

/**
 * Offres v2 criteria for a sought job: its contract types (OR), its working time when every wish agrees, and its
 * mobility places. Several location criteria would combine with AND upstream, so the places become one criterion:
 * the communes with the widest radius, else their départements, else their région, else the whole country.
 */
export function soughtJobSearch(job: SoughtJobOffersHost): SoughtJobSearch {
  const criteria: OffresSearchCriteria = {};
  const contractTypes = [...new Set(job.contractTypes.map((contract) => contract.code.trim().toUpperCase()))].filter(
    (code) => CONTRACT_TYPE.test(code),
  );
  if (contractTypes.length > 0) criteria.typeContrat = contractTypes;
  const fullTime = new Set(job.workingTimes.map((time) => time.fullTime));
  if (fullTime.size === 1 && !fullTime.has(null)) criteria.tempsPlein = [...fullTime][0] as boolean;
  const { area, placeCriteria } = searchArea(job.mobilities);
  return { criteria: { ...criteria, ...placeCriteria }, area };
}

interface Place {
  kind: TerritoryType;
  code: string;
  radiusKm: number | null;
}

function searchArea(mobilities: SoughtJobOffersHost['mobilities']): {
  area: MatchingOffersArea;
  placeCriteria: OffresSearchCriteria;
} {
  const places: Place[] = mobilities
    .filter((mobility) => mobility.place.kind !== null)
    .map((mobility) => ({
      kind: mobility.place.kind as TerritoryType,
      code: mobility.place.code,
      radiusKm: mobility.radiusKm,
    }));
  const widened = places.length < mobilities.length;
  const nationwide = { area: { territories: [], distanceKm: null, widened }, placeCriteria: {} };
  if (places.length === 0 || places.some((place) => place.kind === TerritoryType.NATION)) return nationwide;

  if (places.every((place) => place.kind === TerritoryType.COMMUNE) && places.length <= MAX_PLACES) {
    const radii = places.map((place) => place.radiusKm).filter((radius): radius is number => radius !== null);
    const distanceKm = radii.length > 0 ? Math.min(MAX_DISTANCE_KM, Math.max(...radii)) : null;
    const communes = places.map((place) => place.code);
    return {
      area: { territories: references(TerritoryType.COMMUNE, communes), distanceKm, widened },
      placeCriteria: { commune: communes, ...(distanceKm !== null ? { distance: distanceKm } : {}) },
    };
  }
  const departements = unique(places.map(departementOf));
  if (!places.some((place) => place.kind === TerritoryType.REGION) && departements.every(Boolean)) {
    if (departements.length <= MAX_PLACES) {
      const codes = departements as string[];
      return {
        area: {
          territories: references(TerritoryType.DEPARTEMENT, codes),
          distanceKm: null,
          widened: widened || places.some((place) => place.kind !== TerritoryType.DEPARTEMENT),
        },
        placeCriteria: { departement: codes },
      };
    }
  }
  const regions = unique(places.map(regionOf));
  if (regions.length === 1 && regions[0]) {
    return {
      area: {
        territories: references(TerritoryType.REGION, [regions[0]]),
        distanceKm: null,
        widened: widened || places.some((place) => place.kind !== TerritoryType.REGION),
      },
      placeCriteria: { region: regions[0] },
    };
  }
  return { ...nationwide, area: { ...nationwide.area, widened: true } };
}

function departementOf(place: Place): string | undefined {
  if (place.kind === TerritoryType.DEPARTEMENT) return place.code;
  if (place.kind === TerritoryType.COMMUNE) return territoryDirectory.get('COMMUNE', place.code)?.departementCode;
  return undefined;
}

function regionOf(place: Place): string | undefined {
  if (place.kind === TerritoryType.REGION) return place.code;
  return territoryDirectory.get(place.kind, place.code)?.regionCode;
}

function references(type: TerritoryType, codes: string[]): { id: string }[] {
  return codes.map((code) => ({ id: territoryId(type, code) }));
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
