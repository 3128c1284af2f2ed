import type { CacheTtls } from '../config';
import type { ApiCaller } from '../core/api-caller';
import { UpstreamUnavailableError } from '../core/errors';
import { readJson } from '../core/json-body';
import type { ResponseCache } from '../core/response-cache';
import { unexpectedAnswer } from '../core/unexpected-answer';
import type { TerritoryKey, TerritoryLevel } from '../territory';
import type { MarcheApi, TensionValeurDto, TerritoireDto } from './dto';
import { isNoFigureAnswer } from './no-figure';
import { MARCHE_TERRITORY_LEVELS, marcheTerritory, territoireType } from './territory-type';

const API = 'marche';

interface IndicatorAnswer {
  listeValeursParPeriode?: TensionValeurDto[];
}

/** Marché du travail: indicators are POSTs with a JSON criteria body, one indicator per call. */
export class MarcheClient implements MarcheApi {
  readonly territoryLevels = MARCHE_TERRITORY_LEVELS;

  constructor(
    private readonly caller: ApiCaller,
    private readonly cache: ResponseCache,
    private readonly baseUrl: string,
    private readonly ttls: CacheTtls,
  ) {}

  getTension(query: { territory: TerritoryKey; romeCode: string }): Promise<TensionValeurDto[]> {
    const territory = marcheTerritory(query.territory);
    const key = `marche:tension:${territory.codeTypeTerritoire}:${territory.codeTerritoire}:${query.romeCode}`;
    return this.cache.getOrLoad(key, { ttlMs: this.ttls.tensionMs }, async () => {
      const response = await this.caller.call({
        api: API,
        method: 'POST',
        url: `${this.baseUrl}/indicateur/stat-perspective-employeur`,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          ...territory,
          codeTypeActivite: 'ROME',
          codeActivite: query.romeCode,
          codeTypePeriode: 'ANNEE',
          codeTypeNomenclature: 'TYPE_TENSION',
        }),
        isAnswer: isNoFigureAnswer,
      });
      if (isNoFigureAnswer(response)) return [];
      if (response.status !== 200) throw unexpectedAnswer(API, response);
      if (response.body.trim() === '') return [];
      return readJson<IndicatorAnswer>(API, response).listeValeursParPeriode ?? [];
    });
  }

  listTerritoires(level: TerritoryLevel): Promise<TerritoireDto[]> {
    const type = territoireType(level);
    const policy = { ttlMs: this.ttls.marcheReferentialMs, keepInProcess: true };
    return this.cache.getOrLoad(`marche:territoires:${type}`, policy, async () => {
      const response = await this.caller.call({
        api: API,
        method: 'GET',
        url: `${this.baseUrl}/referentiel/territoires/${encodeURIComponent(type)}`,
      });
      if (response.status === 204) return [];
      if (response.status !== 200) throw unexpectedAnswer(API, response);
      const answer = readJson<{ territoires?: TerritoireDto[] } | TerritoireDto[]>(API, response);
      const list = Array.isArray(answer) ? answer : answer.territoires;
      if (!Array.isArray(list))
        throw new UpstreamUnavailableError(API, 'answer has no territory list', response.status);
      return list;
    });
  }
}
