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
import type { appellationSchema, competenceResourceSchemas, metiersReferentialSchemas } from './lookup-contract';

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

export type AppellationDto = z.output<typeof appellationSchema>;
export type MetiersReferentialName = keyof typeof metiersReferentialSchemas;
export type MetiersReferentialItem<Name extends MetiersReferentialName> = z.output<
  (typeof metiersReferentialSchemas)[Name]
>;
export type CompetenceResourceName = keyof typeof competenceResourceSchemas;
export type CompetenceResourceItem<Name extends CompetenceResourceName> = z.output<
  (typeof competenceResourceSchemas)[Name]
>;

/** A ROME text search: `q` is required; `qf` the fields searched, `fq` a filter, `op` how the words combine. */
export interface RomeTextQuery {
  q: string;
  qf?: string[];
  fq?: string;
  op?: 'AND' | 'OR';
}

/** The list filters of `GET /metiers/metier`, combined with AND. */
export interface MetierListFilter {
  /** One RIASEC letter: R I A S E C. */
  riasecMajeur?: string;
  riasecMineur?: string;
  /** A NAF division or code, e.g. "62" or "62.01Z". */
  codeNaf?: string;
  /** A compétence or savoir the métier mobilises. */
  codeCompetence?: string;
}

export interface RomeSearchAnswer<Hit> {
  /** Every match, though at most 20 come back. */
  total: number;
  hits: Hit[];
}

/**
 * Every ROME 4.0 endpoint beside the whole lists of `RomeApi` (upstream-apis §4.1–4.4): items by code (null when
 * the code is unknown, a 404), small referentials, text searches and each product's version. The graph does not
 * call them (it serves everything from the cached whole lists, cheaper at ROME's quota), so nothing is cached.
 */
export interface RomeLookupApi {
  /** `GET /metiers/metier/{code}` */
  getMetier(code: string): Promise<MetierDto | null>;
  /** `GET /metiers/metier?riasec-majeur=…&code-naf=…`: the métiers passing the filter, each named and placed. */
  findMetiers(filter: MetierListFilter): Promise<MetierDto[]>;
  /** `GET /metiers/appellation`: every appellation with its métier. */
  listAppellations(): Promise<AppellationDto[]>;
  /** `GET /metiers/appellation/{code}` */
  getAppellation(code: string): Promise<AppellationDto | null>;
  /** `GET /metiers/appellation/requete?q=…` */
  searchAppellations(query: RomeTextQuery): Promise<RomeSearchAnswer<AppellationDto>>;
  /** `GET /metiers/metier/requete?q=…` */
  searchMetiers(query: RomeTextQuery): Promise<RomeSearchAnswer<MetierDto>>;
  /** `GET /metiers/{grand-domaine|domaine-professionnel|theme|centre-interet|secteur-activite}` */
  listMetiersReferential<Name extends MetiersReferentialName>(name: Name): Promise<MetiersReferentialItem<Name>[]>;
  /** `GET /metiers/{name}/{code}` */
  getMetiersReferentialItem<Name extends MetiersReferentialName>(
    name: Name,
    code: string,
  ): Promise<MetiersReferentialItem<Name> | null>;
  /** `GET /fiches-rome/fiche-metier/{code}` */
  getFicheMetier(code: string): Promise<FicheMetierDto | null>;
  /** `GET /competences/competence/{code}` */
  getCompetence(code: string): Promise<CompetenceDto | null>;
  /** `GET /competences/{macro-competence|…|categorie-savoirs}` */
  listCompetenceResource<Name extends CompetenceResourceName>(name: Name): Promise<CompetenceResourceItem<Name>[]>;
  /** `GET /competences/{name}/{code}` */
  getCompetenceResourceItem<Name extends CompetenceResourceName>(
    name: Name,
    code: string,
  ): Promise<CompetenceResourceItem<Name> | null>;
  /** `GET /situations-travail/contexte-travail/{code}` */
  getContexteTravail(code: string): Promise<ContexteTravailDto | null>;
  /** `GET …/version` of one ROME product. */
  version(product: RomeProduct): Promise<RomeVersionDto>;
}

export type RomeProduct = 'rome-metiers' | 'rome-fiches-metiers' | 'rome-competences' | 'rome-contextes-travail';
