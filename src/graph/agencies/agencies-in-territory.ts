import type { TerritoryRecord } from '../territory/territory-directory';
import type { AgencyDirectory } from './agency-directory';
import type { Agency } from './agency.types';

/** The sites located in a territory, at any level of the administrative map. */
export function agenciesIn(directory: AgencyDirectory, territory: TerritoryRecord): Agency[] {
  switch (territory.type) {
    case 'COMMUNE':
      return directory.inCommune(territory.code);
    case 'DEPARTEMENT':
      return directory.inDepartement(territory.code);
    case 'REGION':
      return directory.inRegion(territory.code);
    default:
      return [...directory.all];
  }
}
