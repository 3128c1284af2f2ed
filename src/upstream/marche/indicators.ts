/**
 * The Marché du travail indicators: each one's endpoint, nomenclature and period type (upstream-apis §5.1).
 * One indicator per call; the criteria body names the nomenclature.
 */
export type IndicatorCode = 'DE_1' | 'DE_5' | 'OFF_1' | 'EMB_1' | 'DYN_1' | 'PERSP_2';

export type PeriodeType = 'TRIMESTRE' | 'ANNEE';

export interface IndicatorEndpoint {
  path: string;
  codeTypeNomenclature?: string;
  codeTypePeriode: PeriodeType;
}

export const INDICATOR_ENDPOINTS: Record<IndicatorCode, IndicatorEndpoint> = {
  DE_1: { path: '/indicateur/stat-demandeurs', codeTypeNomenclature: 'CATCAND', codeTypePeriode: 'TRIMESTRE' },
  DE_5: { path: '/indicateur/stat-demandeurs-entrant', codeTypeNomenclature: 'CATCAND', codeTypePeriode: 'TRIMESTRE' },
  OFF_1: { path: '/indicateur/stat-offres', codeTypeNomenclature: 'ORIGINEOFF', codeTypePeriode: 'TRIMESTRE' },
  EMB_1: { path: '/indicateur/stat-embauches', codeTypeNomenclature: 'CATCANDxDUREEEMP', codeTypePeriode: 'TRIMESTRE' },
  DYN_1: { path: '/indicateur/stat-dynamique-emploi', codeTypePeriode: 'TRIMESTRE' },
  PERSP_2: {
    path: '/indicateur/stat-perspective-employeur',
    codeTypeNomenclature: 'TYPE_TENSION',
    codeTypePeriode: 'ANNEE',
  },
};

export const INDICATOR_CODES = Object.keys(INDICATOR_ENDPOINTS) as IndicatorCode[];
