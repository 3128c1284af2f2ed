import type { RequestScope } from '../core/request-scope';
import type { TerritoryKey } from '../territory';
/** Offres d'emploi v2 payloads, field names exactly as the API spells them (see upstream-apis §3.4). */
export interface LieuTravailDto {
  libelle: string;
  latitude?: number;
  longitude?: number;
  codePostal?: string;
  /** INSEE commune code. */
  commune?: string;
}

export interface OffreDto {
  id: string;
  intitule: string;
  description?: string;
  dateCreation: string;
  dateActualisation?: string;
  lieuTravail?: LieuTravailDto;
  romeCode?: string;
  romeLibelle?: string;
  /** Label only (lowercase "l" in the API); no appellation code is ever given. */
  appellationlibelle?: string;
  entreprise?: { nom?: string; description?: string; logo?: string; url?: string; entrepriseAdaptee?: boolean };
  typeContrat?: string;
  typeContratLibelle?: string;
  natureContrat?: string;
  experienceExige?: string;
  experienceLibelle?: string;
  competences?: { code?: string; libelle: string; exigence?: string }[];
  salaire?: { libelle?: string; commentaire?: string; complement1?: string; complement2?: string };
  dureeTravailLibelle?: string;
  dureeTravailLibelleConverti?: string;
  alternance?: boolean;
  nombrePostes?: number;
  qualificationCode?: string;
  qualificationLibelle?: string;
  codeNAF?: string;
  secteurActivite?: string;
  secteurActiviteLibelle?: string;
  origineOffre?: { origine: string; urlOrigine?: string; partenaires?: { nom: string; url?: string; logo?: string }[] };
  [other: string]: unknown;
}

/** Search criteria, named after the query parameters they become. Lists are sent comma-separated. */
export interface OffresSearchCriteria {
  /** Up to 200 ROME codes. */
  codeROME?: string[];
  /** One ROME appellation code, e.g. "14153". */
  appellation?: string;
  /**
   * Where the offers are: up to 5 départements, up to 5 communes, or one région (the nation adds no parameter).
   * The client turns them into the `departement`, `commune` and `region` parameters.
   */
  territories?: TerritoryKey[];
  /** Radius in km around the commune(s). */
  distance?: number;
  typeContrat?: string[];
  /** true: full-time offers only; false: part-time only. */
  tempsPlein?: boolean;
  motsCles?: string[];
  publieeDepuis?: 1 | 3 | 7 | 14 | 31;
  sort?: 0 | 1 | 2;
}

export interface OffresPage {
  offres: OffreDto[];
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
}
