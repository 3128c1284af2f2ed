import { z } from 'zod';
import type { FranceTravailEndpoints } from '../config';
import type { ApiCaller } from '../core/api-caller';
import { buildQuery, type QueryValue } from '../core/query-string';
import {
  APPELLATION_CHAMPS,
  COMPETENCE_CHAMPS,
  COMPETENCE_RESOURCE_CHAMPS,
  CONTEXTE_TRAVAIL_CHAMPS,
  FICHE_METIER_CHAMPS,
  METIER_CHAMPS,
  METIER_HIT_CHAMPS,
  METIERS_REFERENTIAL_CHAMPS,
} from './champs';
import { competenceSchema, contexteTravailSchema, ficheMetierSchema, metierSchema, versionSchema } from './contract';
import type {
  AppellationDto,
  CompetenceDto,
  CompetenceResourceItem,
  CompetenceResourceName,
  ContexteTravailDto,
  FicheMetierDto,
  MetierDto,
  MetierListFilter,
  MetiersReferentialItem,
  MetiersReferentialName,
  RomeLookupApi,
  RomeProduct,
  RomeSearchAnswer,
  RomeTextQuery,
  RomeVersionDto,
} from './dto';
import {
  appellationSchema,
  appellationSearchSchema,
  competenceResourceSchemas,
  metierSearchSchema,
  metiersReferentialSchemas,
} from './lookup-contract';
import { fetchRome, fetchRomeItem } from './rome-answer';

type Endpoints = Pick<
  FranceTravailEndpoints,
  'romeMetiers' | 'romeFichesMetiers' | 'romeCompetences' | 'romeContextesTravail'
>;

/** Where each product keeps its resources, below its base URL. */
const PRODUCT_PATHS: Record<RomeProduct, { base: keyof Endpoints; path: string }> = {
  'rome-metiers': { base: 'romeMetiers', path: '/metiers' },
  'rome-fiches-metiers': { base: 'romeFichesMetiers', path: '/fiches-rome' },
  'rome-competences': { base: 'romeCompetences', path: '/competences' },
  'rome-contextes-travail': { base: 'romeContextesTravail', path: '/situations-travail' },
};

const metiersReferentialSchema = <Name extends MetiersReferentialName>(name: Name) =>
  metiersReferentialSchemas[name] as unknown as z.ZodType<MetiersReferentialItem<Name>>;
const competenceResourceSchema = <Name extends CompetenceResourceName>(name: Name) =>
  competenceResourceSchemas[name] as unknown as z.ZodType<CompetenceResourceItem<Name>>;

/** The ROME 4.0 endpoints the graph does not need (see `RomeLookupApi`), each call straight to the API. */
export class RomeLookupClient implements RomeLookupApi {
  constructor(
    private readonly caller: ApiCaller,
    private readonly endpoints: Endpoints,
  ) {}

  getMetier(code: string): Promise<MetierDto | null> {
    return this.item('rome-metiers', 'metier', code, METIER_CHAMPS, metierSchema);
  }

  findMetiers(filter: MetierListFilter): Promise<MetierDto[]> {
    return fetchRome(this.caller, {
      api: 'rome-metiers',
      url: this.url('rome-metiers', 'metier', [
        ['riasec-majeur', filter.riasecMajeur],
        ['riasec-mineur', filter.riasecMineur],
        ['code-naf', filter.codeNaf],
        ['code-competence', filter.codeCompetence],
        ['champs', METIER_HIT_CHAMPS],
      ]),
      endpoint: 'GET /metiers/metier',
      schema: z.array(metierSchema),
      emptyOn204: [],
    });
  }

  listAppellations(): Promise<AppellationDto[]> {
    return this.list('rome-metiers', 'appellation', APPELLATION_CHAMPS, appellationSchema);
  }

  getAppellation(code: string): Promise<AppellationDto | null> {
    return this.item('rome-metiers', 'appellation', code, APPELLATION_CHAMPS, appellationSchema);
  }

  searchAppellations(query: RomeTextQuery): Promise<RomeSearchAnswer<AppellationDto>> {
    return this.search('appellation', query, APPELLATION_CHAMPS, appellationSearchSchema);
  }

  searchMetiers(query: RomeTextQuery): Promise<RomeSearchAnswer<MetierDto>> {
    return this.search('metier', query, METIER_HIT_CHAMPS, metierSearchSchema);
  }

  listMetiersReferential<Name extends MetiersReferentialName>(name: Name): Promise<MetiersReferentialItem<Name>[]> {
    return this.list('rome-metiers', name, METIERS_REFERENTIAL_CHAMPS[name], metiersReferentialSchema(name));
  }

  getMetiersReferentialItem<Name extends MetiersReferentialName>(
    name: Name,
    code: string,
  ): Promise<MetiersReferentialItem<Name> | null> {
    return this.item('rome-metiers', name, code, METIERS_REFERENTIAL_CHAMPS[name], metiersReferentialSchema(name));
  }

  getFicheMetier(code: string): Promise<FicheMetierDto | null> {
    return this.item('rome-fiches-metiers', 'fiche-metier', code, FICHE_METIER_CHAMPS, ficheMetierSchema);
  }

  getCompetence(code: string): Promise<CompetenceDto | null> {
    return this.item('rome-competences', 'competence', code, COMPETENCE_CHAMPS, competenceSchema);
  }

  listCompetenceResource<Name extends CompetenceResourceName>(name: Name): Promise<CompetenceResourceItem<Name>[]> {
    return this.list('rome-competences', name, COMPETENCE_RESOURCE_CHAMPS[name], competenceResourceSchema(name));
  }

  getCompetenceResourceItem<Name extends CompetenceResourceName>(
    name: Name,
    code: string,
  ): Promise<CompetenceResourceItem<Name> | null> {
    return this.item('rome-competences', name, code, COMPETENCE_RESOURCE_CHAMPS[name], competenceResourceSchema(name));
  }

  getContexteTravail(code: string): Promise<ContexteTravailDto | null> {
    return this.item(
      'rome-contextes-travail',
      'contexte-travail',
      code,
      CONTEXTE_TRAVAIL_CHAMPS,
      contexteTravailSchema,
    );
  }

  version(product: RomeProduct): Promise<RomeVersionDto> {
    return fetchRome(this.caller, {
      api: product,
      url: this.url(product, 'version', []),
      endpoint: `GET ${PRODUCT_PATHS[product].path}/version`,
      schema: versionSchema,
      emptyOn204: { version: '', lastModifiedDate: null },
    });
  }

  private async search<Hit>(
    resource: 'appellation' | 'metier',
    query: RomeTextQuery,
    champs: string,
    schema: z.ZodType<{ totalResultats: number; resultats?: Hit[] | null }>,
  ): Promise<RomeSearchAnswer<Hit>> {
    const params: [string, QueryValue][] = [
      ['q', query.q],
      ['qf', query.qf],
      ['fq', query.fq],
      ['op', query.op],
      ['champs', champs],
    ];
    const answer = await fetchRome(this.caller, {
      api: 'rome-metiers',
      url: this.url('rome-metiers', `${resource}/requete`, params),
      endpoint: `GET /metiers/${resource}/requete`,
      schema,
      emptyOn204: { totalResultats: 0, resultats: [] },
    });
    return { total: answer.totalResultats, hits: answer.resultats ?? [] };
  }

  private list<Schema extends z.ZodType>(
    product: RomeProduct,
    resource: string,
    champs: string,
    schema: Schema,
  ): Promise<z.output<Schema>[]> {
    return fetchRome(this.caller, {
      api: product,
      url: this.url(product, resource, [['champs', champs]]),
      endpoint: `GET ${PRODUCT_PATHS[product].path}/${resource}`,
      schema: z.array(schema),
      emptyOn204: [],
    });
  }

  private item<Schema extends z.ZodType>(
    product: RomeProduct,
    resource: string,
    code: string,
    champs: string,
    schema: Schema,
  ): Promise<z.output<Schema> | null> {
    return fetchRomeItem(this.caller, {
      api: product,
      url: this.url(product, `${resource}/${encodeURIComponent(code)}`, [['champs', champs]]),
      endpoint: `GET ${PRODUCT_PATHS[product].path}/${resource}/{code}`,
      schema,
    });
  }

  private url(product: RomeProduct, resource: string, params: [string, QueryValue][]): string {
    const { base, path } = PRODUCT_PATHS[product];
    const query = buildQuery(params);
    return `${this.endpoints[base]}${path}/${resource}${query ? `?${query}` : ''}`;
  }
}
