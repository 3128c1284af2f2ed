import type { TerritoryKey, TerritoryLevel } from '../territory';

/** Marché du travail (stats-offres-demandes-emploi v1) payloads (see upstream-apis §5). */
export type TerritoireType = 'NAT' | 'REG' | 'DEP';

/** One item of `listeValeursParPeriode` for the PERSP_2 (tension) indicator. */
export interface TensionValeurDto {
  codeTypeTerritoire: string;
  codeTerritoire: string;
  libTerritoire?: string;
  codeTypeActivite: string;
  codeActivite: string;
  libActivite?: string;
  codeTypePeriode: string;
  /** e.g. "2019" */
  codePeriode: string;
  libPeriode?: string;
  /** PERSPECTIVE | INT_EMB | COND_TRAVAIL | DUR_EMPL | MAIN_OEUVRE | MISMATCH_GEO | SPECIF_FORM_EMPL | ATTR_SALARIALE */
  codeNomenclature: string;
  libNomenclature?: string;
  valeurPrincipaleDecimale?: number;
  /** Level 1–5 as a string, when the API gives one. */
  valeurPrincipaleNom?: string;
  valeurPrincipaleNombre?: number;
}

export interface TerritoireDto {
  codeTypeTerritoire: string;
  codeTerritoire: string;
  libelleTerritoire: string;
}

export interface MarcheApi {
  /**
   * One call: `POST /indicateur/stat-perspective-employeur` with
   * `{ codeTypeTerritoire, codeTerritoire, codeTypeActivite: "ROME", codeActivite, codeTypePeriode: "ANNEE", codeTypeNomenclature: "TYPE_TENSION" }`.
   * Every available year comes back. "No figure" answers (500 "n'a pas pu trouver la liste", 400 "n'est pas disponible", 204) give [].
   */
  getTension(query: { territory: TerritoryKey; romeCode: string }): Promise<TensionValeurDto[]>;
  /** One call: `GET /referentiel/territoires/{type}`. */
  listTerritoires(level: TerritoryLevel): Promise<TerritoireDto[]>;
  /** The levels figures are published at (the nation, régions, départements); ask at one of them. */
  readonly territoryLevels: readonly TerritoryLevel[];
}
