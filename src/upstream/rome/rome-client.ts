import type { CacheTtls, FranceTravailEndpoints } from '../config';
import type { ApiCaller } from '../core/api-caller';
import type { RequestScope } from '../core/request-scope';
import { buildQuery } from '../core/query-string';
import type { ResponseCache } from '../core/response-cache';
import { equalPartSharing, shareRepeatedParts } from './compact';
import { COMPETENCE_CHAMPS, FICHE_METIER_CHAMPS, METIER_CHAMPS } from './champs';
import { competenceSchema, ficheMetierSchema, metierSchema, versionSchema } from './contract';
import type { CompetenceDto, FicheMetierDto, MetierDto, RomeApi, RomeVersionDto } from './dto';
import { fetchRome, fetchRomeList } from './rome-answer';

/** The `champs` selectors never change: their query strings are built once, not on every cache lookup. */
const METIERS_QUERY = buildQuery([['champs', METIER_CHAMPS]]);
const FICHES_METIERS_QUERY = buildQuery([['champs', FICHE_METIER_CHAMPS]]);
const COMPETENCES_QUERY = buildQuery([['champs', COMPETENCE_CHAMPS]]);

/**
 * ROME 4.0: each list endpoint returns the whole referential in one unpaginated call, validated once as it enters
 * the cache. Métiers, fiches métiers and compétences are three products with their own scopes and quotas, hence
 * three `api` keys.
 */
export class RomeClient implements RomeApi {
  constructor(
    private readonly caller: ApiCaller,
    private readonly cache: ResponseCache,
    private readonly endpoints: Pick<FranceTravailEndpoints, 'romeMetiers' | 'romeFichesMetiers' | 'romeCompetences'>,
    private readonly ttls: CacheTtls,
  ) {}

  listMetiers(scope?: RequestScope): Promise<MetierDto[]> {
    const url = `${this.endpoints.romeMetiers}/metiers/metier?${METIERS_QUERY}`;
    return this.cache.getOrLoad(
      'rome:metiers',
      this.referentialPolicy,
      () =>
        fetchRomeList(
          this.caller,
          { api: 'rome-metiers', url, endpoint: 'GET /metiers/metier', itemSchema: metierSchema, scope },
          equalPartSharing(),
        ),
      { api: 'rome-metiers', scope },
    );
  }

  listFichesMetiers(scope?: RequestScope): Promise<FicheMetierDto[]> {
    const url = `${this.endpoints.romeFichesMetiers}/fiches-rome/fiche-metier?${FICHES_METIERS_QUERY}`;
    return this.cache.getOrLoad(
      'rome:fiches-metiers',
      this.referentialPolicy,
      () =>
        fetchRomeList(
          this.caller,
          {
            api: 'rome-fiches-metiers',
            url,
            endpoint: 'GET /fiches-rome/fiche-metier',
            itemSchema: ficheMetierSchema,
            scope,
          },
          equalPartSharing(),
        ),
      { api: 'rome-fiches-metiers', scope },
    );
  }

  listCompetences(scope?: RequestScope): Promise<CompetenceDto[]> {
    const url = `${this.endpoints.romeCompetences}/competences/competence?${COMPETENCES_QUERY}`;
    return this.cache.getOrLoad(
      'rome:competences',
      this.referentialPolicy,
      async () =>
        shareRepeatedParts(
          await fetchRomeList(
            this.caller,
            {
              api: 'rome-competences',
              url,
              endpoint: 'GET /competences/competence',
              itemSchema: competenceSchema,
              scope,
            },
            (item) => item,
          ),
        ),
      { api: 'rome-competences', scope },
    );
  }

  version(scope?: RequestScope): Promise<RomeVersionDto> {
    return this.cache.getOrLoad(
      'rome:version',
      this.referentialPolicy,
      () =>
        fetchRome(this.caller, {
          api: 'rome-metiers',
          url: `${this.endpoints.romeMetiers}/metiers/version`,
          endpoint: 'GET /metiers/version',
          schema: versionSchema,
          emptyOn204: { version: '', lastModifiedDate: null },
          scope,
        }),
      { api: 'rome-metiers', scope },
    );
  }

  private get referentialPolicy() {
    return { ttlMs: this.ttls.romeReferentialMs, keepInProcess: true };
  }
}
