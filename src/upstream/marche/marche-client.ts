import type { z } from 'zod';
import type { CacheTtls } from '../config';
import type { ApiCaller } from '../core/api-caller';
import type { RequestScope } from '../core/request-scope';
import { parseUpstream } from '../core/contract';
import { UpstreamContractError } from '../core/errors';
import type { HttpResponse } from '../core/http-transport';
import { readJson } from '../core/json-body';
import type { ResponseCache } from '../core/response-cache';
import { unexpectedAnswer } from '../core/unexpected-answer';
import { indicatorCachePolicy } from './cache-policy';
import { type IndicatorCatalogueEntry, toCatalogueEntries } from './catalogue';
import {
  type ActiviteDto,
  activiteSchema,
  detailIndicateurSchema,
  type IndicatorQuery,
  indicatorAnswerSchema,
  type MarcheApi,
  type NomenclatureDto,
  nomenclatureSchema,
  type PeriodeDto,
  periodeSchema,
  type SalaireDto,
  salaireAnswerSchema,
  type TensionValeurDto,
  type TerritoireDto,
  territoireSchema,
  type TypeTerritoireDto,
  typeTerritoireSchema,
  type ValeurParPeriodeDto,
} from './dto';
import { INDICATOR_ENDPOINTS } from './indicators';
import { isNoFigureAnswer } from './no-figure';
import type { TerritoryKey, TerritoryLevel } from '../territory';
import { levelOf, MARCHE_TERRITORY_LEVELS, marcheTerritory, territoireType } from './territory-type';

const API = 'marche';

/** Marché du travail: indicators are POSTs with a JSON criteria body, one indicator per call. */
export class MarcheClient implements MarcheApi {
  readonly territoryLevels = MARCHE_TERRITORY_LEVELS;

  constructor(
    private readonly caller: ApiCaller,
    private readonly cache: ResponseCache,
    private readonly baseUrl: string,
    private readonly ttls: CacheTtls,
  ) {}

  getIndicator(query: IndicatorQuery, scope?: RequestScope): Promise<ValeurParPeriodeDto[]> {
    const endpoint = INDICATOR_ENDPOINTS[query.indicator];
    const territoire = marcheTerritory(query.territory);
    const activity = query.romeCode
      ? { codeTypeActivite: 'ROME', codeActivite: query.romeCode }
      : query.indicator === 'DYN_1'
        ? { codeTypeActivite: 'MOYENNE', codeActivite: 'MOYENNE' }
        : { codeTypeActivite: 'CUMUL', codeActivite: 'CUMUL' };
    const key = [
      'marche:indicateur',
      query.indicator,
      territoire.codeTypeTerritoire,
      territoire.codeTerritoire,
      activity.codeActivite,
      query.latestOnly ? 'derniere' : 'toutes',
      query.withCharacteristics ? 'caract' : 'sans',
    ].join(':');
    const load = async () => {
      const response = await this.caller.call({
        api: API,
        method: 'POST',
        url: `${this.baseUrl}${endpoint.path}`,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          ...territoire,
          ...activity,
          codeTypePeriode: endpoint.codeTypePeriode,
          ...(endpoint.codeTypeNomenclature ? { codeTypeNomenclature: endpoint.codeTypeNomenclature } : {}),
          dernierePeriode: query.latestOnly,
          sansCaracteristiques: !query.withCharacteristics,
        }),
        isAnswer: isNoFigureAnswer,
        scope,
      });
      const answer = this.figures(response, endpoint.path, indicatorAnswerSchema);
      return answer?.listeValeursParPeriode ?? [];
    };
    return this.cache.getOrLoad(key, indicatorCachePolicy(this.ttls, query.indicator), load, { api: API, scope });
  }

  getTension(query: { territory: TerritoryKey; romeCode: string }, scope?: RequestScope): Promise<TensionValeurDto[]> {
    return this.getIndicator({ indicator: 'PERSP_2', ...query, latestOnly: false, withCharacteristics: false }, scope);
  }

  getSalaries(territory: TerritoryKey, scope?: RequestScope): Promise<SalaireDto[]> {
    const { codeTypeTerritoire, codeTerritoire } = marcheTerritory(territory);
    const key = `marche:salaires:${codeTypeTerritoire}:${codeTerritoire}`;
    const load = async () => {
      const path = `/indicateur/salaire-rome-fap/${encodeURIComponent(codeTypeTerritoire)}/${encodeURIComponent(codeTerritoire)}`;
      const response = await this.caller.call({
        api: API,
        method: 'GET',
        url: `${this.baseUrl}${path}`,
        isAnswer: isNoFigureAnswer,
        scope,
      });
      const answer = this.figures(response, '/indicateur/salaire-rome-fap', salaireAnswerSchema);
      return answer?.valeursParPeriode ?? [];
    };
    return this.cache.getOrLoad(key, indicatorCachePolicy(this.ttls, 'SAL'), load, { api: API, scope });
  }

  listTerritoires(level: TerritoryLevel, scope?: RequestScope): Promise<TerritoireDto[]> {
    const type = territoireType(level);
    return this.referential(`territoires:${type}`, `/referentiel/territoires/${type}`, territoireSchema, scope);
  }

  async listTypesTerritoire(scope?: RequestScope): Promise<(TypeTerritoireDto & { level: TerritoryLevel | null })[]> {
    const types = await this.referential(
      'type-territoires',
      '/referentiel/type-territoires',
      typeTerritoireSchema,
      scope,
    );
    return types.map((type) => ({ ...type, level: levelOf(type.codeTypeTerritoire) ?? null }));
  }

  listActivites(codeTypeActivite: string, scope?: RequestScope): Promise<ActiviteDto[]> {
    const type = encodeURIComponent(codeTypeActivite);
    return this.referential(`activites:${type}`, `/referentiel/activites/${type}`, activiteSchema, scope);
  }

  listNomenclatures(codeTypeNomenclature: string, scope?: RequestScope): Promise<NomenclatureDto[]> {
    const type = encodeURIComponent(codeTypeNomenclature);
    return this.referential(`nomenclatures:${type}`, `/referentiel/nomenclatures/${type}`, nomenclatureSchema, scope);
  }

  listPeriodes(codeTypePeriode: string, scope?: RequestScope): Promise<PeriodeDto[]> {
    const type = encodeURIComponent(codeTypePeriode);
    return this.referential(`periodes:${type}`, `/referentiel/periodes/${type}`, periodeSchema, scope);
  }

  async listIndicateurs(scope?: RequestScope): Promise<IndicatorCatalogueEntry[]> {
    const details = await this.referential(
      'details-indicateurs',
      '/referentiel/details-indicateurs',
      detailIndicateurSchema,
      scope,
    );
    return toCatalogueEntries(details);
  }

  /** The parsed figures, or undefined for a "no figure" answer (status or empty body). */
  private figures<Schema extends z.ZodType>(
    response: HttpResponse,
    endpoint: string,
    schema: Schema,
  ): z.output<Schema> | undefined {
    if (isNoFigureAnswer(response)) return undefined;
    if (response.status !== 200) throw unexpectedAnswer(API, response);
    if (response.body.trim() === '') return undefined;
    return parseUpstream(schema, readJson(API, response), { api: API, endpoint });
  }

  /** A whole referential list, read once per lifetime: wrapped in an object (`{territoires: [...]}`) or bare. */
  private referential<Item extends z.ZodType>(
    name: string,
    path: string,
    item: Item,
    scope: RequestScope | undefined,
  ): Promise<z.output<Item>[]> {
    const policy = { ttlMs: this.ttls.marcheReferentialMs, keepInProcess: true };
    const load = async () => {
      const response = await this.caller.call({ api: API, method: 'GET', url: `${this.baseUrl}${path}`, scope });
      if (response.status === 204) return [];
      if (response.status !== 200) throw unexpectedAnswer(API, response);
      const answer = readJson<unknown>(API, response);
      const list = Array.isArray(answer) ? answer : onlyList(answer);
      if (!list) throw new UpstreamContractError(API, path, '(root)', 'answer has no list');
      return list.map((entry, index) => parseUpstream(item, entry, { api: API, endpoint: `${path}[${index}]` }));
    };
    return this.cache.getOrLoad(`marche:${name}`, policy, load, { api: API, scope });
  }
}

/** The one array property of a wrapper object such as `{ "territoires": [...] }`. */
function onlyList(answer: unknown): unknown[] | undefined {
  if (typeof answer !== 'object' || answer === null) return undefined;
  const lists = Object.values(answer).filter(Array.isArray);
  return lists.length === 1 ? (lists[0] as unknown[]) : undefined;
}
