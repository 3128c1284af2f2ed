import type { OffresApi } from './offres/dto';
import type { RomeApi } from './rome/dto';
import type { MarcheApi } from './marche/dto';

/** The France Travail APIs as the graph sees them: quota-aware, cached, coalesced. */
export interface Upstream {
  offres: OffresApi;
  rome: RomeApi;
  marche: MarcheApi;
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
export type {
  RomeApi,
  MetierDto,
  FicheMetierDto,
  CompetenceRefDto,
  CompetenceType,
  AppellationSummaryDto,
} from './rome/dto';
export type { MarcheApi, TensionValeurDto, TerritoireDto, TerritoireType } from './marche/dto';
export * from './core/errors';
export * from './config';
export { createUpstream } from './create-upstream';
