import { z } from 'zod';
import type { RequestScope } from '../core/request-scope';
import type { TerritoryKey, TerritoryLevel } from '../territory';

/** CKAN wraps every answer: `success` says whether `result` or `error` is there. */
export const ckanEnvelope = z.object({ help: z.string().optional(), success: z.literal(true), result: z.unknown() });

export const ckanErrorSchema = z.object({
  success: z.literal(false),
  error: z.object({ message: z.string().optional(), __type: z.string().optional() }).loose(),
});

export const resourceSchema = z
  .object({
    id: z.string(),
    name: z.string().nullish(),
    description: z.string().nullish(),
    format: z.string().nullish(),
    pe_version: z.string().nullish(),
    last_modified: z.string().nullish(),
    package_id: z.string().nullish(),
  })
  .loose();

export const packageSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    title: z.string().nullish(),
    notes: z.string().nullish(),
    resources: z.array(resourceSchema).default([]),
  })
  .loose();

export const organizationSchema = z
  .object({
    id: z.string().optional(),
    name: z.string(),
    title: z.string().nullish(),
    description: z.string().nullish(),
    packages: z.array(packageSchema.partial({ resources: true })).default([]),
  })
  .loose();

/** A datastore cell: CKAN types its columns (text, numeric, int4, timestamp…); values come as JSON scalars. */
const cell = z.union([z.string(), z.number(), z.boolean(), z.null()]);

export const datastoreSchema = z
  .object({
    resource_id: z.string().optional(),
    fields: z.array(z.object({ id: z.string(), type: z.string() })).default([]),
    records: z.array(z.record(z.string(), cell)),
    total: z.number().int().optional(),
    limit: z.number().int().optional(),
    offset: z.number().int().optional(),
  })
  .loose();

export type ResourceDto = z.output<typeof resourceSchema>;
export type PackageDto = z.output<typeof packageSchema>;
export type OrganizationDto = z.output<typeof organizationSchema>;
export type DatastoreDto = z.output<typeof datastoreSchema>;
export type DatastoreCell = z.output<typeof cell>;

/** `datastore_search`: equality filters on columns, a column selection and an offset window. */
export interface DatastoreSearch {
  resourceId: string;
  filters?: Record<string, string | number>;
  fields?: string[];
  limit: number;
  offset: number;
}

/**
 * `datastore_search_sql`, only as a generated statement: each condition is a column equal to one of its values
 * (several values read as SQL `IN`), so one call can serve a whole batch of keys.
 */
export interface DatastoreSelect {
  resourceId: string;
  where: Record<string, readonly (string | number)[]>;
  fields?: string[];
  limit: number;
  offset: number;
}

/** Infotravail: France Travail's CKAN-style datastore (datasets, resources and their tables). */
export interface InfotravailApi extends InfotravailTables {
  organization(id: string, scope?: RequestScope): Promise<OrganizationDto | null>;
  dataset(id: string, scope?: RequestScope): Promise<PackageDto | null>;
  resource(id: string, scope?: RequestScope): Promise<ResourceDto | null>;
  search(query: DatastoreSearch, scope?: RequestScope): Promise<DatastoreDto>;
  select(query: DatastoreSelect, scope?: RequestScope): Promise<DatastoreDto>;
}

/** A cell of a datastore row with its column's declared type, the row's key columns taken out. */
export interface DatastoreFigure {
  column: string;
  type: string;
  value: DatastoreCell;
}

/** One row of the IMT statistics by ROME fiche and area. */
export interface ImtStatisticDto {
  romeCode: string;
  /** `level` is null for an area type the graph does not know. */
  area: { level: TerritoryLevel | null; typeCode: string; code: string };
  figures: DatastoreFigure[];
}

export interface HiringProjectsDto {
  fapCode: string;
  catchmentAreaCode: string;
  figures: DatastoreFigure[];
}

export interface AnonymisedOfferDto {
  communeCode: string | null;
  romeCode: string | null;
  figures: DatastoreFigure[];
}

export interface DatastorePage<Row> {
  rows: Row[];
  /** Matching rows in all, when the endpoint says. */
  total: number | null;
}

/** The typed reads of the resources this product knows, in the graph's vocabulary. */
export interface InfotravailTables {
  /** The levels the IMT tables publish figures at; the graph asks `imtStatistics` only for these. */
  readonly territoryLevels: readonly TerritoryLevel[];
  /** One SQL call for any number of ROME codes in one area: a batch of occupations costs one call. */
  imtStatistics(
    query: { romeCodes: readonly string[]; area: TerritoryKey },
    scope?: RequestScope,
  ): Promise<ImtStatisticDto[]>;
  hiringProjects(
    query: {
      fapCode?: string;
      catchmentAreaCode?: string;
      limit: number;
      offset: number;
    },
    scope?: RequestScope,
  ): Promise<DatastorePage<HiringProjectsDto>>;
  anonymisedOffers(
    query: {
      communeCode: string;
      limit: number;
      offset: number;
    },
    scope?: RequestScope,
  ): Promise<DatastorePage<AnonymisedOfferDto>>;
}
