import type { RequestScope } from '../core/request-scope';
import type { CacheTtls, FranceTravailEndpoints, UpstreamApi } from '../config';
import type { ApiCaller } from '../core/api-caller';
import { unexpectedAnswer } from '../core/unexpected-answer';
import { UpstreamUnavailableError } from '../core/errors';
import { readJson } from '../core/json-body';
import { buildQuery } from '../core/query-string';
import type { ResponseCache } from '../core/response-cache';
import { FICHE_METIER_CHAMPS, METIER_CHAMPS } from './champs';
import type { FicheMetierDto, MetierDto, RomeApi } from './dto';

/**
 * ROME 4.0: each list endpoint returns the whole referential in one unpaginated call. Métiers and fiches
 * métiers are two products with their own scopes and quotas, hence two `api` keys.
 */
export class RomeClient implements RomeApi {
  constructor(
    private readonly caller: ApiCaller,
    private readonly cache: ResponseCache,
    private readonly endpoints: Pick<FranceTravailEndpoints, 'romeMetiers' | 'romeFichesMetiers'>,
    private readonly ttls: CacheTtls,
  ) {}

  listMetiers(scope?: RequestScope): Promise<MetierDto[]> {
    const api = 'rome-metiers';
    const url = `${this.endpoints.romeMetiers}/metiers/metier?${buildQuery([['champs', METIER_CHAMPS]])}`;
    return this.cache.getOrLoad(
      'rome:metiers',
      this.referentialPolicy,
      async () => {
        const metiers = await this.fetchList<MetierDto>({ api, url, scope });
        return metiers.map((metier) => ({ ...metier, appellations: metier.appellations ?? [] }));
      },
      { api, scope },
    );
  }

  listFichesMetiers(scope?: RequestScope): Promise<FicheMetierDto[]> {
    const api = 'rome-fiches-metiers';
    const url = `${this.endpoints.romeFichesMetiers}/fiches-rome/fiche-metier?${buildQuery([['champs', FICHE_METIER_CHAMPS]])}`;
    const load = async () => {
      const fiches = await this.fetchList<FicheMetierDto>({ api, url, scope });
      return fiches.map((fiche) => ({
        ...fiche,
        groupesCompetencesMobilisees: (fiche.groupesCompetencesMobilisees ?? []).map((g) => ({
          ...g,
          competences: g.competences ?? [],
        })),
        groupesSavoirs: (fiche.groupesSavoirs ?? []).map((g) => ({ ...g, savoirs: g.savoirs ?? [] })),
      }));
    };
    return this.cache.getOrLoad('rome:fiches-metiers', this.referentialPolicy, load, { api, scope });
  }

  private get referentialPolicy() {
    return { ttlMs: this.ttls.romeReferentialMs, keepInProcess: true };
  }

  private async fetchList<T>(target: { api: UpstreamApi; url: string; scope?: RequestScope }): Promise<T[]> {
    const { api, url, scope } = target;
    const response = await this.caller.call({ api, method: 'GET', url, scope });
    if (response.status === 204) return [];
    if (response.status !== 200 && response.status !== 206) throw unexpectedAnswer(api, response);
    const list = readJson<unknown>(api, response);
    if (!Array.isArray(list)) throw new UpstreamUnavailableError(api, 'answer is not a list', response.status);
    return list as T[];
  }
}
