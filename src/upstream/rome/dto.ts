import type { z } from 'zod';
import type { RequestScope } from '../core/request-scope';
import type {
  competenceRefSchema,
  competenceSchema,
  competenceTypeSchema,
  contexteTravailSchema,
  ficheMetierSchema,
  metierSchema,
  versionSchema,
} from './contract';

/** ROME 4.0 payloads, camelCase as returned (see upstream-apis §4): what `contract.ts` accepts. */
export type MetierDto = z.output<typeof metierSchema>;
export type AppellationSummaryDto = NonNullable<MetierDto['appellations']>[number];
/** COMPETENCE-DETAILLEE | MACRO-SAVOIR-FAIRE | MACRO-SAVOIR-ETRE-PROFESSIONNEL | SAVOIR */
export type CompetenceType = z.output<typeof competenceTypeSchema>;
export type CompetenceRefDto = z.output<typeof competenceRefSchema>;
export type FicheMetierDto = z.output<typeof ficheMetierSchema>;
export type CompetenceDto = z.output<typeof competenceSchema>;
export type ContexteTravailDto = z.output<typeof contexteTravailSchema>;
export type RomeVersionDto = z.output<typeof versionSchema>;

export interface RomeApi {
  /**
   * One call to the ROME 4.0 Métiers API for the whole referential, appellations, mobilities and work contexts
   * included: `GET /metiers/metier?champs=…` (see `METIER_CHAMPS`).
   */
  listMetiers(scope?: RequestScope): Promise<MetierDto[]>;
  /**
   * One call to the ROME 4.0 Fiches métiers API for the whole referential:
   * `GET /fiches-rome/fiche-metier?champs=code,metier(code,libelle),groupescompetencesmobilisees(…),groupessavoirs(…)`.
   */
  listFichesMetiers(scope?: RequestScope): Promise<FicheMetierDto[]>;
  /**
   * One call to the ROME 4.0 Compétences API for every competence of every kind, with its place in the tree:
   * `GET /competences/competence?champs=…` (see `COMPETENCE_CHAMPS`).
   */
  listCompetences(scope?: RequestScope): Promise<CompetenceDto[]>;
  /** `GET /metiers/version`: the referential's version, cached like the lists. */
  version(scope?: RequestScope): Promise<RomeVersionDto>;
}

export interface ContextesTravailApi {
  /** One call to the ROME 4.0 Contextes de travail API: `GET /situations-travail/contexte-travail?champs=…`. */
  listContextesTravail(scope?: RequestScope): Promise<ContexteTravailDto[]>;
}
