import type { RequestScope } from '../core/request-scope';
import type { z } from 'zod';
import type {
  communeSchema,
  departementSchema,
  filtrePossibleSchema,
  offreSchema,
  referentialSchemas,
  referentielSchema,
} from './schemas';
import type { TerritoryKey } from '../territory';

/** Offres d'emploi v2 payloads, field names exactly as the API spells them (see upstream-apis §3.4 and schemas.ts). */
export type OffreDto = z.output<typeof offreSchema>;
export type LieuTravailDto = NonNullable<OffreDto['lieuTravail']>;
/** One facet of a search answer: `typeContrat`, `experience`, `qualification` or `natureContrat`. */
export type FiltrePossibleDto = z.output<typeof filtrePossibleSchema>;
export type ReferentielDto = z.output<typeof referentielSchema>;
export type CommuneRefDto = z.output<typeof communeSchema>;
export type DepartementRefDto = z.output<typeof departementSchema>;

export type OffresReferentialName = keyof typeof referentialSchemas;
export type OffresReferentialItem<Name extends OffresReferentialName> = z.output<(typeof referentialSchemas)[Name]>;

/**
 * Search criteria, named after the query parameters they become (upstream-apis §3.2). Lists are sent
 * comma-separated; the client checks no value: the graph validates before calling.
 */
export interface OffresSearchCriteria {
  motsCles?: string[];
  /** Up to 200 ROME codes. */
  codeROME?: string[];
  /** One ROME appellation code. */
  appellation?: string;
  domaine?: string;
  grandDomaine?: string;
  theme?: string;
  /** Up to 2 NAF sous-classes, `99.99X`. */
  codeNAF?: string[];
  /** Up to 2 NAF divisions (2 digits). */
  secteurActivite?: string[];
  /**
   * Where the offers are: up to 5 départements, up to 5 communes, or one région (the nation adds no parameter).
   * The client turns them into the `departement`, `commune` and `region` parameters.
   */
  territories?: TerritoryKey[];
  /** Radius in km around the commune(s). */
  distance?: number;
  inclureLimitrophes?: boolean;
  paysContinent?: string;
  /** OR-combined with natureContrat upstream. */
  typeContrat?: string[];
  natureContrat?: string[];
  experience?: '0' | '1' | '2' | '3';
  experienceExigence?: 'D' | 'S' | 'E';
  qualification?: '0' | '9';
  tempsPlein?: boolean;
  /** `0` unspecified, `1` full time, `2` part time. */
  dureeHebdo?: '0' | '1' | '2';
  /** `HHMM`. */
  dureeHebdoMin?: string;
  dureeHebdoMax?: string;
  /** Months, 0–99. */
  dureeContratMin?: number;
  dureeContratMax?: number;
  niveauFormation?: string;
  permis?: string;
  salaireMin?: number;
  periodeSalaire?: 'M' | 'A' | 'H' | 'C';
  publieeDepuis?: 1 | 3 | 7 | 14 | 31;
  /** `yyyy-MM-ddTHH:mm:ssZ`. */
  minCreationDate?: string;
  maxCreationDate?: string;
  origineOffre?: 1 | 2;
  accesTravailleurHandicape?: boolean;
  entreprisesAdaptees?: boolean;
  employeursHandiEngages?: boolean;
  offresMRS?: boolean;
  offresManqueCandidats?: boolean;
  partenaires?: string[];
  modeSelectionPartenaires?: 'INCLUS' | 'EXCLU';
  sort?: 0 | 1 | 2;
}

export interface OffresPage {
  offres: OffreDto[];
  /** Counts over the whole result set, as the search answer gives them (empty on 204). */
  filtresPossibles: FiltrePossibleDto[];
  /** Total matches as given by Content-Range (0 on 204). */
  total: number;
  /** Inclusive 0-based window actually returned (from Content-Range); -1/-1 on 204. */
  rangeStart: number;
  rangeEnd: number;
}

/** `scope`: the incoming request served (deadline, client, stale reports); omit outside a request. */
export interface OffresApi {
  /** One call: `GET /v2/offres/search?range=start-end&...` (window ≤ 150, start ≤ 3000, end ≤ 3149). */
  search(
    criteria: OffresSearchCriteria,
    range: { start: number; end: number },
    scope?: RequestScope,
  ): Promise<OffresPage>;
  /** One call: `GET /v2/offres/{id}`; null on 204 (unknown offer). */
  getById(id: string, scope?: RequestScope): Promise<OffreDto | null>;
  /** One call per cache lifetime: `GET /v2/referentiel/{name}`, the whole list. */
  referential<Name extends OffresReferentialName>(
    name: Name,
    scope?: RequestScope,
  ): Promise<OffresReferentialItem<Name>[]>;
}
