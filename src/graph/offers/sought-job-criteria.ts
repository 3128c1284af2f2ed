import type { OffresSearchCriteria } from '../../upstream';
import { territoryKey } from '../territory/territory-argument';
import { territoryDirectory, type TerritoryRecord } from '../territory/territory-directory';
import { TerritoryType } from '../territory/territory-type';
import type { MatchingOffersArea, SoughtJobReference } from './sought-job.types';

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
export function soughtJobSearch(job: SoughtJobReference): SoughtJobSearch {
  const criteria: OffresSearchCriteria = {};
  const contractTypes = [...new Set(job.contractTypes.map((contract) => contract.code.trim().toUpperCase()))].filter(
    (code) => CONTRACT_TYPE.test(code),
  );
  if (contractTypes.length > 0) criteria.typeContrat = contractTypes;
  const fullTime = new Set(job.workingTimes.map((time) => time.fullTime));
  if (fullTime.size === 1 && !fullTime.has(null)) criteria.tempsPlein = [...fullTime][0] as boolean;
  const { area, territories, distance } = searchArea(job.mobilities);
  if (territories.length > 0) criteria.territories = territories.map(territoryKey);
  if (distance !== null) criteria.distance = distance;
  return { criteria, area };
}

interface Place {
  territory: TerritoryRecord;
  radiusKm: number | null;
}

interface Area {
  area: MatchingOffersArea;
  territories: TerritoryRecord[];
  distance: number | null;
}

function searchArea(mobilities: SoughtJobReference['mobilities']): Area {
  const places: Place[] = mobilities.flatMap((mobility) => {
    const territory = mobility.place.kind ? territoryDirectory.get(mobility.place.kind, mobility.place.code) : null;
    return territory ? [{ territory, radiusKm: mobility.radiusKm }] : [];
  });
  const unknownPlaces = places.length < mobilities.length;
  const searched = (territories: TerritoryRecord[], widened: boolean, distance: number | null = null): Area => ({
    area: {
      territories: territories.map(({ id }) => ({ id })),
      distanceKm: distance,
      widened: unknownPlaces || widened,
    },
    territories,
    distance,
  });
  const levels = new Set(places.map((place) => place.territory.type));
  if (places.length === 0 || levels.has(TerritoryType.NATION)) return searched([], false);

  if (levels.size === 1 && levels.has(TerritoryType.COMMUNE) && places.length <= MAX_PLACES) {
    const radii = places.map((place) => place.radiusKm).filter((radius): radius is number => radius !== null);
    const distance = radii.length > 0 ? Math.min(MAX_DISTANCE_KM, Math.max(...radii)) : null;
    return searched(
      places.map((place) => place.territory),
      false,
      distance,
    );
  }
  if (!levels.has(TerritoryType.REGION)) {
    const departements = unique(places.map((place) => departementOf(place.territory)));
    if (departements.every((record) => record !== null) && departements.length <= MAX_PLACES) {
      return searched(departements as TerritoryRecord[], levels.size > 1);
    }
  }
  const regions = unique(places.map((place) => regionOf(place.territory)));
  if (regions.length === 1 && regions[0]) return searched([regions[0]], levels.size > 1);
  return searched([], true);
}

function departementOf(territory: TerritoryRecord): TerritoryRecord | null {
  if (territory.type === TerritoryType.DEPARTEMENT) return territory;
  return territory.departementCode
    ? territoryDirectory.get(TerritoryType.DEPARTEMENT, territory.departementCode)
    : null;
}

function regionOf(territory: TerritoryRecord): TerritoryRecord | null {
  if (territory.type === TerritoryType.REGION) return territory;
  return territory.regionCode ? territoryDirectory.get(TerritoryType.REGION, territory.regionCode) : null;
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
