/**
 * What the sandbox serves of Marché du travail: indicators, their valid combinations (the `details-indicateurs`
 * catalogue), nomenclatures and periods. Indicator codes, endpoints, CATCAND and TYPE_TENSION values come from
 * upstream-apis §5; the ORIGINEOFF and duration values, the characteristic codes and the catalogue's shape are
 * inferred there and marked so.
 */
export type IndicatorId = 'DE_1' | 'DE_5' | 'OFF_1' | 'EMB_1' | 'DYN_1' | 'PERSP_2' | 'SAL_3';

export interface CatalogueEntry {
  codeIndicateur: IndicatorId;
  libelleIndicateur: string;
  codeTypeNomenclature: string | null;
  listeTypeTerritoire: string[];
  listeTypeActivite: string[];
  listeTypePeriode: string[];
  listeCodeNomenclature: string[] | null;
}

export const TERRITORY_TYPES = [
  { codeTypeTerritoire: 'NAT', libelleTypeTerritoire: 'France entière' },
  { codeTypeTerritoire: 'REG', libelleTypeTerritoire: 'Région' },
  { codeTypeTerritoire: 'DEP', libelleTypeTerritoire: 'Département' },
  { codeTypeTerritoire: 'BASBMO', libelleTypeTerritoire: "Bassin d'emploi (BMO)" },
];

export const NOMENCLATURES: Record<string, [code: string, libelle: string][]> = {
  CATCAND: [
    ['A', 'Catégorie A'],
    ['B', 'Catégorie B'],
    ['C', 'Catégorie C'],
    ['D', 'Catégorie D'],
    ['E', 'Catégorie E'],
    ['ABC', 'Catégories A, B, C'],
    ['ABCDE', 'Catégories A, B, C, D, E'],
  ],
  // [I] inferred codes.
  ORIGINEOFF: [
    ['FT', 'Offres déposées à France Travail'],
    ['PART', 'Offres de partenaires'],
    ['TOUTE', 'Toutes origines'],
  ],
  CATCANDxDUREEEMP: [
    ['ABCDE-TOUTE', 'Toutes durées'],
    ['ABCDE-SUP1M', "Contrats de plus d'un mois"],
    ['ABCDE-SUP6M', 'Contrats de plus de six mois'],
  ],
  TYPE_TENSION: [
    ['PERSPECTIVE', 'Indicateur principal tension'],
    ['INT_EMB', "Intensité d'embauche"],
    ['COND_TRAVAIL', 'Conditions de travail'],
    ['DUR_EMPL', "Durabilité de l'emploi"],
    ['MAIN_OEUVRE', "Manque de main d'oeuvre"],
    ['MISMATCH_GEO', 'Inadéquation géographique'],
    ['SPECIF_FORM_EMPL', 'Lien formation - métier'],
    ['ATTR_SALARIALE', 'Attractivité salariale'],
  ],
  SALAIRE: [
    ['SAL1', 'Salaire débutant'],
    ['SAL2', 'Salaire expérimenté'],
    ['SAL3', 'Salaire moyen'],
  ],
};

/** [I] Characteristic breakdowns and their values, shares of the figure. */
export const CHARACTERISTICS: { type: string; values: [code: string, libelle: string, weight: number][] }[] = [
  {
    type: 'GENRE',
    values: [
      ['F', 'Femmes', 0.5],
      ['H', 'Hommes', 0.5],
    ],
  },
  {
    type: 'AGE',
    values: [
      ['MOINS25', 'Moins de 25 ans', 0.2],
      ['25A49', 'De 25 à 49 ans', 0.55],
      ['50ETPLUS', '50 ans et plus', 0.25],
    ],
  },
];

const ALL_LEVELS = ['NAT', 'REG', 'DEP', 'BASBMO'];
const QUARTERLY = ['TRIMESTRE'];

function entry(
  codeIndicateur: IndicatorId,
  libelleIndicateur: string,
  codeTypeNomenclature: string | null,
  rest: Pick<CatalogueEntry, 'listeTypeTerritoire' | 'listeTypeActivite' | 'listeTypePeriode'>,
): CatalogueEntry {
  const codes = codeTypeNomenclature ? (NOMENCLATURES[codeTypeNomenclature] ?? []).map(([code]) => code) : null;
  return { codeIndicateur, libelleIndicateur, codeTypeNomenclature, ...rest, listeCodeNomenclature: codes };
}

export const CATALOGUE: CatalogueEntry[] = [
  entry('DE_1', "Demandeurs d'emploi inscrits en fin de trimestre", 'CATCAND', {
    listeTypeTerritoire: ALL_LEVELS,
    listeTypeActivite: ['ROME', 'CUMUL'],
    listeTypePeriode: QUARTERLY,
  }),
  entry('DE_5', "Demandeurs d'emploi entrés en cours de trimestre", 'CATCAND', {
    listeTypeTerritoire: ALL_LEVELS,
    listeTypeActivite: ['ROME', 'CUMUL'],
    listeTypePeriode: QUARTERLY,
  }),
  entry('OFF_1', "Offres d'emploi enregistrées", 'ORIGINEOFF', {
    listeTypeTerritoire: ALL_LEVELS,
    listeTypeActivite: ['ROME', 'CUMUL'],
    listeTypePeriode: QUARTERLY,
  }),
  entry('EMB_1', 'Embauches', 'CATCANDxDUREEEMP', {
    listeTypeTerritoire: ['NAT', 'REG', 'DEP'],
    listeTypeActivite: ['ROME', 'CUMUL'],
    listeTypePeriode: QUARTERLY,
  }),
  entry('DYN_1', "Dynamique de l'emploi du territoire", null, {
    listeTypeTerritoire: ['NAT', 'REG', 'DEP'],
    listeTypeActivite: ['MOYENNE'],
    listeTypePeriode: QUARTERLY,
  }),
  entry('PERSP_2', 'Tensions sur le marché du travail', 'TYPE_TENSION', {
    listeTypeTerritoire: ALL_LEVELS,
    listeTypeActivite: ['ROME'],
    listeTypePeriode: ['ANNEE'],
  }),
  entry('SAL_3', 'Salaires proposés', 'SALAIRE', {
    listeTypeTerritoire: ['NAT', 'REG', 'DEP'],
    listeTypeActivite: ['ROME'],
    listeTypePeriode: ['ANNEE'],
  }),
];

/** The published quarters, oldest first: three years up to the last one the open data covers (2025 T4). */
export const QUARTERS: string[] = [2023, 2024, 2025].flatMap((year) => [1, 2, 3, 4].map((q) => `${year}T${q}`));
/** Salaries are yearly, published for the previous year. */
export const SALARY_YEAR = '2024';

export function periodLabel(code: string): string {
  const quarter = /^(\d{4})T([1-4])$/.exec(code);
  if (!quarter) return `Année ${code}`;
  return `${quarter[2] === '1' ? '1er' : `${quarter[2]}ème`} trimestre ${quarter[1]}`;
}
