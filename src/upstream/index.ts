import type { OffresApi } from './offres/dto';
import type { ContextesTravailApi, RomeApi, RomeLookupApi } from './rome/dto';
import type { MarcheApi } from './marche/dto';
import type { AgencesApi } from './agences/dto';
import type { InfotravailApi } from './infotravail/dto';
import type { MetiersRecherchesApi } from './metiers-recherches/dto';
import type { CircuitPosition } from './core/circuit-breakers';
import type { UpstreamApi } from './config';

export interface ApiState {
  /** Its circuit breaker: open while its calls are refused at once, half-open while one probe call decides. */
  circuit: CircuitPosition;
  /** Calls queued for one of its quota slots. */
  waitingForQuota: number;
}

/** The France Travail APIs as the graph sees them: quota-aware, cached, coalesced. */
export interface Upstream {
  offres: OffresApi;
  rome: RomeApi;
  /** ROME 4.0 Contextes de travail, a product of its own (scope, quota). */
  romeContextesTravail: ContextesTravailApi;
  /** The other ROME 4.0 endpoints (items by code, small referentials, text searches, versions), uncached. */
  romeLookup: RomeLookupApi;
  marche: MarcheApi;
  agences: AgencesApi;
  infotravail: InfotravailApi;
  /** Time each incoming request has for everything upstream (REQUEST_DEADLINE_MS). */
  readonly requestDeadlineMs: number;
  /** Called with a job seeker's own token only. */
  metiersRecherches: MetiersRecherchesApi;
  /** Where each API stands right now, for the metrics. */
  apiStates(): Record<UpstreamApi, ApiState>;
  /**
   * Fetches the access token of every scope set the graph uses, in parallel, so that no first query waits for
   * a token round trip on its critical path. Rejects with UpstreamUnauthenticatedError when credentials are refused.
   */
  fetchTokens(): Promise<void>;
  /** Closes HTTP pools and the Redis connection (if any). */
  close(): Promise<void>;
}

export type {
  OffresApi,
  OffreDto,
  OffresPage,
  OffresSearchCriteria,
  OffresReferentialName,
  OffresReferentialItem,
  FiltrePossibleDto,
} from './offres/dto';
export { OffresBadRequestError } from './offres/bad-request';
export { workPlaceDepartement } from './offres/work-place';
export type {
  RomeApi,
  ContextesTravailApi,
  ContexteTravailDto,
  CompetenceDto,
  RomeVersionDto,
  MetierDto,
  FicheMetierDto,
  CompetenceRefDto,
  CompetenceType,
  AppellationSummaryDto,
  AppellationDto,
  RomeLookupApi,
  MetierListFilter,
  RomeProduct,
  RomeTextQuery,
  RomeSearchAnswer,
  MetiersReferentialName,
  CompetenceResourceName,
} from './rome/dto';
export type {
  ActiviteDto,
  CaracteristiqueDto,
  DetailIndicateurDto,
  IndicatorCatalogueEntry,
  IndicatorCode,
  IndicatorQuery,
  MarcheApi,
  NomenclatureDto,
  PeriodeDto,
  PeriodeType,
  SalaireDto,
  TensionValeurDto,
  TerritoireDto,
  TerritoireType,
  TypeTerritoireDto,
  ValeurParPeriodeDto,
} from './marche/dto';
export type { AgencesApi, AgenceDto, HoraireDto } from './agences/dto';
export type {
  InfotravailApi,
  DatastoreDto,
  DatastoreCell,
  DatastoreFigure,
  DatastoreSearch,
  DatastoreSelect,
  OrganizationDto,
  PackageDto,
  ResourceDto,
  ImtStatisticDto,
  HiringProjectsDto,
  AnonymisedOfferDto,
} from './infotravail/dto';
export type { MetiersRecherchesApi, MetierRechercheDto, MobiliteDto } from './metiers-recherches/dto';
export { JobSeekerForbiddenError, JobSeekerUnauthenticatedError } from './metiers-recherches/errors';
export type { TerritoryKey, TerritoryLevel } from './territory';
export * from './core/errors';
export { Deadline } from './core/deadline';
export { ANONYMOUS_CLIENT, type RequestScope, type StaleNotice } from './core/request-scope';
export * from './config';
export { createUpstream } from './create-upstream';
export type { CircuitPosition } from './core/circuit-breakers';
export type {
  CacheLookup,
  CacheTier,
  UpstreamCallRecord,
  UpstreamObserver,
  UpstreamTally,
} from './core/upstream-observer';
