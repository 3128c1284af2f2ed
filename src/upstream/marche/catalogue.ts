import type { DetailIndicateurDto } from './dto';
import { INDICATOR_CODES, type IndicatorCode, type PeriodeType } from './indicators';
import type { TerritoryLevel } from '../territory';
import { levelOf } from './territory-type';

/** One indicator's valid combinations, in the graph's terms. */
export interface IndicatorCatalogueEntry {
  /** DE_1, DE_5, OFF_1, EMB_1, DYN_1, PERSP_2, or SAL_3 for salaries. */
  code: IndicatorCode | 'SAL_3';
  label: string | null;
  /** Territory levels it is computed for (meshes the graph does not serve are left out). */
  levels: TerritoryLevel[];
  /** Computed for one occupation (ROME code). */
  byOccupation: boolean;
  /** Computed for every occupation together (CUMUL, or MOYENNE for dynamism). */
  allOccupations: boolean;
  periodTypes: PeriodeType[];
  nomenclatureType: string | null;
  nomenclatureCodes: string[];
}

const KNOWN = new Set<string>([...INDICATOR_CODES, 'SAL_3']);

export function toCatalogueEntries(details: readonly DetailIndicateurDto[]): IndicatorCatalogueEntry[] {
  return details
    .filter((detail) => KNOWN.has(detail.codeIndicateur))
    .map((detail) => ({
      code: detail.codeIndicateur as IndicatorCatalogueEntry['code'],
      label: detail.libelleIndicateur ?? null,
      levels: detail.listeTypeTerritoire.map(levelOf).filter((level) => level !== undefined),
      byOccupation: detail.listeTypeActivite.includes('ROME'),
      allOccupations: detail.listeTypeActivite.some((type) => type === 'CUMUL' || type === 'MOYENNE'),
      periodTypes: detail.listeTypePeriode.filter(
        (type): type is PeriodeType => type === 'TRIMESTRE' || type === 'ANNEE',
      ),
      nomenclatureType: detail.codeTypeNomenclature ?? null,
      nomenclatureCodes: detail.listeCodeNomenclature ?? [],
    }));
}
