import type { RequestScope } from '../core/request-scope';
/** ROME 4.0 payloads, camelCase as returned (see upstream-apis §4). Only the fields we request with `champs`. */
export interface AppellationSummaryDto {
  code: string;
  libelle: string;
  libelleCourt?: string;
  /** PRINCIPALE | SYNONYME */
  classification?: string;
}

export interface MetierDto {
  /** Code ROME, e.g. M1805. */
  code: string;
  libelle: string;
  definition?: string;
  domaineProfessionnel?: { code: string; libelle: string; grandDomaine?: { code: string; libelle: string } };
  appellations: AppellationSummaryDto[];
}

/** COMPETENCE-DETAILLEE | MACRO-SAVOIR-FAIRE | MACRO-SAVOIR-ETRE-PROFESSIONNEL | SAVOIR */
export type CompetenceType =
  | 'COMPETENCE-DETAILLEE'
  | 'MACRO-SAVOIR-FAIRE'
  | 'MACRO-SAVOIR-ETRE-PROFESSIONNEL'
  | 'SAVOIR';

export interface CompetenceRefDto {
  type: CompetenceType;
  code: string;
  libelle: string;
}

export interface FicheMetierDto {
  code: string;
  metier: { code: string; libelle: string };
  groupesCompetencesMobilisees: { enjeu?: { code: string; libelle: string }; competences: CompetenceRefDto[] }[];
  groupesSavoirs: { categorieSavoirs?: { code: string; libelle: string }; savoirs: CompetenceRefDto[] }[];
}

export interface RomeApi {
  /**
   * One call to the ROME 4.0 Métiers API for the whole referential:
   * `GET /metiers/metier?champs=code,libelle,definition,domaineprofessionnel(code,libelle,granddomaine(code,libelle)),appellations(code,libelle,libellecourt,classification)`.
   */
  listMetiers(scope?: RequestScope): Promise<MetierDto[]>;
  /**
   * One call to the ROME 4.0 Fiches métiers API for the whole referential:
   * `GET /fiches-rome/fiche-metier?champs=code,metier(code,libelle),groupescompetencesmobilisees(enjeu(code,libelle),competences(type,code,libelle)),groupessavoirs(categoriesavoirs(code,libelle),savoirs(type,code,libelle))`.
   */
  listFichesMetiers(scope?: RequestScope): Promise<FicheMetierDto[]>;
}
