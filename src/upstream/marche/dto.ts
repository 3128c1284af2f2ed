import { z } from 'zod';
import type { RequestScope } from '../core/request-scope';
import type { IndicatorCatalogueEntry } from './catalogue';
import type { IndicatorCode } from './indicators';
import type { TerritoryKey, TerritoryLevel } from '../territory';

/** Marché du travail (stats-offres-demandes-emploi v1) payloads (see upstream-apis §5). */
export type { IndicatorCatalogueEntry } from './catalogue';
export type { IndicatorCode, PeriodeType } from './indicators';
/** Marché's `codeTypeTerritoire` values for the levels the graph serves. */
export type TerritoireType = 'NAT' | 'REG' | 'DEP' | 'BASBMO';

const num = z.number().nullish();
const str = z.string().nullish();

/** One item of `listeValeurParCaract`: the figure for one characteristic (gender, age band…) of the population. */
export const caracteristiqueSchema = z.object({
  codeTypeCaract: z.string(),
  codeCaract: z.string(),
  libCaract: str,
  nombre: num,
  pourcentage: num,
  montant: num,
  taux: num,
  masque: z.boolean().nullish(),
});

/** One item of `listeValeursParPeriode`: one nomenclature value for one period. */
export const valeurParPeriodeSchema = z.object({
  datMaj: str,
  codeTypeTerritoire: z.string(),
  codeTerritoire: z.string(),
  libTerritoire: str,
  codeTypeActivite: z.string(),
  codeActivite: z.string(),
  libActivite: str,
  codeTypePeriode: z.string(),
  codePeriode: z.string(),
  libPeriode: str,
  codeNomenclature: str,
  libNomenclature: str,
  valeurPrincipaleNombre: num,
  valeurPrincipaleDecimale: num,
  valeurPrincipaleMontant: num,
  valeurPrincipaleTaux: num,
  valeurPrincipaleRang: num,
  valeurPrincipaleNom: str,
  valeurSecondaireNombre: num,
  valeurSecondairePourcentage: num,
  valeurSecondaireTaux: num,
  listeValeurParCaract: z.array(caracteristiqueSchema).nullish(),
});

export const indicatorAnswerSchema = z.object({
  codeIndicateur: str,
  libIndicateur: str,
  datMaj: str,
  listeValeursParPeriode: z.array(valeurParPeriodeSchema).nullish(),
});

export const salaireAnswerSchema = z.object({
  valeursParPeriode: z
    .array(
      z.object({
        codeTypeTerritoire: str,
        codeTerritoire: str,
        codeTypeActivite: str,
        codeActivite: z.string(),
        libActivite: str,
        codeTypePeriode: z.string(),
        codePeriode: z.string(),
        libPeriode: str,
        salaireValeurMontant: z
          .array(z.object({ codeNomenclature: z.string(), libNomenclature: str, valeurPrincipaleMontant: num }))
          .nullish(),
      }),
    )
    .nullish(),
});

export const territoireSchema = z.object({
  codeTypeTerritoire: z.string(),
  codeTerritoire: z.string(),
  libelleTerritoire: z.string(),
});
export const typeTerritoireSchema = z.object({ codeTypeTerritoire: z.string(), libelleTypeTerritoire: z.string() });
export const activiteSchema = z.object({
  codeTypeActivite: str,
  codeActivite: z.string(),
  libelleActivite: z.string(),
});
export const nomenclatureSchema = z.object({
  codeTypeNomenclature: str,
  codeNomenclature: z.string(),
  libelleNomenclature: z.string(),
});
export const periodeSchema = z.object({
  codeTypePeriode: z.string(),
  codePeriode: z.string(),
  libellePeriode: z.string(),
});
/**
 * One indicator's catalogue entry: the territory, activity and period types it is computed for, and its nomenclature.
 * The shape is inferred (upstream-apis §5.3 "shape unknown"); the client reads only these lists.
 */
export const detailIndicateurSchema = z.object({
  codeIndicateur: z.string(),
  libelleIndicateur: str,
  codeTypeNomenclature: str,
  listeTypeTerritoire: z.array(z.string()),
  listeTypeActivite: z.array(z.string()),
  listeTypePeriode: z.array(z.string()),
  listeCodeNomenclature: z.array(z.string()).nullish(),
});

export type CaracteristiqueDto = z.output<typeof caracteristiqueSchema>;
export type ValeurParPeriodeDto = z.output<typeof valeurParPeriodeSchema>;
/** One item of `listeValeursParPeriode` for the PERSP_2 (tension) indicator. */
export type TensionValeurDto = ValeurParPeriodeDto;
export type SalaireDto = NonNullable<z.output<typeof salaireAnswerSchema>['valeursParPeriode']>[number];
export type TerritoireDto = z.output<typeof territoireSchema>;
export type TypeTerritoireDto = z.output<typeof typeTerritoireSchema>;
export type ActiviteDto = z.output<typeof activiteSchema>;
export type NomenclatureDto = z.output<typeof nomenclatureSchema>;
export type PeriodeDto = z.output<typeof periodeSchema>;
export type DetailIndicateurDto = z.output<typeof detailIndicateurSchema>;

/** What to ask one indicator endpoint. */
export interface IndicatorQuery {
  indicator: IndicatorCode;
  territory: TerritoryKey;
  /** A ROME code for one occupation; omitted: every activity together (`CUMUL`, or `MOYENNE` for dynamism). */
  romeCode?: string;
  /** Only the latest period (`dernierePeriode`); otherwise every published period comes back. */
  latestOnly: boolean;
  /** Ask for the per-characteristic breakdown; it multiplies the answer's size, so only when used. */
  withCharacteristics: boolean;
}

export interface MarcheApi {
  /** The levels figures are published at (the nation, régions, départements, bassins); ask at one of them. */
  readonly territoryLevels: readonly TerritoryLevel[];
  /**
   * One call: `POST` to the indicator's endpoint with its criteria body. "No figure" answers (500 "n'a pas pu
   * trouver la liste", 400 "n'est pas disponible", 204, empty body) give [] and are kept only a few hours.
   */
  getIndicator(query: IndicatorQuery, scope?: RequestScope): Promise<ValeurParPeriodeDto[]>;
  /** PERSP_2 for one ROME code, every year: `getIndicator` with the tension nomenclature. */
  getTension(query: { territory: TerritoryKey; romeCode: string }, scope?: RequestScope): Promise<TensionValeurDto[]>;
  /**
   * One call for every activity of a territory: `GET /indicateur/salaire-rome-fap/{type}/{code}` without `codeRome`.
   * No figure gives [].
   */
  getSalaries(territory: TerritoryKey, scope?: RequestScope): Promise<SalaireDto[]>;
  /** One call: `GET /referentiel/territoires/{type}`. */
  listTerritoires(level: TerritoryLevel, scope?: RequestScope): Promise<TerritoireDto[]>;
  /** One call: `GET /referentiel/type-territoires`; `level` is the graph's level, null for meshes it does not serve. */
  listTypesTerritoire(scope?: RequestScope): Promise<(TypeTerritoireDto & { level: TerritoryLevel | null })[]>;
  /** One call: `GET /referentiel/activites/{type}` (ROME, NAF…). */
  listActivites(codeTypeActivite: string, scope?: RequestScope): Promise<ActiviteDto[]>;
  /** One call: `GET /referentiel/nomenclatures/{type}` (CATCAND, ORIGINEOFF…). */
  listNomenclatures(codeTypeNomenclature: string, scope?: RequestScope): Promise<NomenclatureDto[]>;
  /** One call: `GET /referentiel/periodes/{type}` (TRIMESTRE, ANNEE). */
  listPeriodes(codeTypePeriode: string, scope?: RequestScope): Promise<PeriodeDto[]>;
  /** One call for the whole catalogue of valid combinations: `GET /referentiel/details-indicateurs`. */
  listIndicateurs(scope?: RequestScope): Promise<IndicatorCatalogueEntry[]>;
}
