import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { PackageDto, ResourceDto } from '../../upstream';
import type { GraphContext } from '../context';
import { utcInstant } from '../shared/date-time';
import { badUserInput, fromUpstream, notFound } from '../shared/errors';
import { assertIntInRange } from '../shared/validation';
import { assertCommuneCode } from '../agencies/commune-code';
import { territoryRef, toDatastoreValue } from './datastore.mapper';
import {
  AnonymisedOfferPage,
  DatastoreFilterInput,
  DatastoreRecordPage,
  HiringProjectsPage,
  InfotravailDataset,
  InfotravailResource,
} from './infotravail.types';

const COLUMN = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;
const RESOURCE_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATASET_NAME = /^[a-z0-9_-]{1,100}$/i;
const FAP_CODE = /^[A-Z]\d[A-Z]\d{2}$/;
const MAX_PAGE = 1000;

@Resolver()
export class InfotravailResolver {
  @Query(() => [InfotravailDataset], {
    nullable: true,
    description: 'Datasets an Infotravail organisation publishes (France Travail\'s is "digidata").',
  })
  async infotravailDatasets(
    @Arg('organization', { defaultValue: 'digidata' }) organization: string,
    @Ctx() context: GraphContext,
  ): Promise<InfotravailDataset[]> {
    const id = assertName(organization, 'organization');
    const found = await fromUpstream('infotravail.organization', () =>
      context.upstream.infotravail.organization(id, context.upstreamScope),
    );
    if (!found) throw notFound(`No Infotravail organisation "${id}".`);
    return found.packages.map((dataset) => toDataset({ ...dataset, resources: dataset.resources ?? [] }));
  }

  @Query(() => InfotravailDataset, { nullable: true, description: 'One Infotravail dataset with its tables.' })
  async infotravailDataset(@Arg('id') id: string, @Ctx() context: GraphContext): Promise<InfotravailDataset> {
    const dataset = await fromUpstream('infotravail.dataset', () =>
      context.upstream.infotravail.dataset(assertName(id, 'id'), context.upstreamScope),
    );
    if (!dataset) throw notFound(`No Infotravail dataset "${id}".`);
    return toDataset(dataset);
  }

  @Query(() => InfotravailResource, { nullable: true, description: 'One Infotravail table by its resource id.' })
  async infotravailResource(
    @Arg('id', () => ID) id: string,
    @Ctx() context: GraphContext,
  ): Promise<InfotravailResource> {
    const resource = await fromUpstream('infotravail.resource', () =>
      context.upstream.infotravail.resource(assertResourceId(id, 'id'), context.upstreamScope),
    );
    if (!resource) throw notFound(`No Infotravail resource "${id}".`);
    return toResource(resource);
  }

  @Query(() => DatastoreRecordPage, {
    nullable: true,
    description:
      'Rows of any Infotravail table (datastore_search): equality filters, a column selection and offset paging. ' +
      'One upstream call per page, cached for a week.',
  })
  async datastoreRecords(
    @Arg('resourceId', () => ID) resourceId: string,
    @Arg('filters', () => [DatastoreFilterInput], { nullable: true }) filters: DatastoreFilterInput[] | null,
    @Arg('columns', () => [String], { nullable: true, description: 'Only these columns (all when absent).' })
    columns: string[] | null,
    @Arg('first', () => Int, { defaultValue: 20, description: `Page size, 1–${MAX_PAGE}.` }) first: number,
    @Arg('offset', () => Int, { defaultValue: 0 }) offset: number,
    @Ctx() context: GraphContext,
  ): Promise<DatastoreRecordPage> {
    const id = assertResourceId(resourceId, 'resourceId');
    assertIntInRange(first, 1, MAX_PAGE, 'first');
    assertIntInRange(offset, 0, 10_000_000, 'offset');
    const filterMap: Record<string, string | number> = {};
    for (const filter of filters ?? []) {
      assertColumn(filter.column, 'filters');
      if (filter.values.length !== 1)
        throw badUserInput('Each filter takes exactly one value in datastoreRecords.', 'filters');
      filterMap[filter.column] = filter.values[0];
    }
    for (const column of columns ?? []) assertColumn(column, 'columns');
    const answer = await fromUpstream('infotravail.search', () =>
      context.upstream.infotravail.search(
        {
          resourceId: id,
          filters: filterMap,
          fields: columns ?? undefined,
          limit: first,
          offset,
        },
        context.upstreamScope,
      ),
    );
    const types = new Map(answer.fields.map((field) => [field.id, field.type]));
    const total = answer.total ?? null;
    return {
      totalCount: total,
      records: answer.records.map((record) => ({
        values: Object.entries(record).map(([column, value]) =>
          toDatastoreValue({ column, type: types.get(column) ?? 'text', value }),
        ),
      })),
      hasNextPage: total === null ? answer.records.length === first : offset + answer.records.length < total,
      nextOffset: offset + answer.records.length,
    };
  }

  @Query(() => HiringProjectsPage, {
    nullable: true,
    description: "Hiring projects from the Besoins en Main-d'Œuvre survey, by FAP code and/or catchment area.",
  })
  async hiringProjects(
    @Arg('fapCode', () => String, { nullable: true, description: 'FAP code, e.g. "A1Z40".' }) fapCode: string | null,
    @Arg('catchmentArea', () => String, { nullable: true, description: 'Catchment area code as published.' })
    catchmentArea: string | null,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('offset', () => Int, { defaultValue: 0 }) offset: number,
    @Ctx() context: GraphContext,
  ): Promise<HiringProjectsPage> {
    if (fapCode != null && !FAP_CODE.test(fapCode))
      throw badUserInput(`"${fapCode}" is not a FAP code: expected e.g. "A1Z40".`, 'fapCode');
    if (catchmentArea != null && !/^[0-9AB]{2,6}$/.test(catchmentArea))
      throw badUserInput(`"${catchmentArea}" is not a catchment area code.`, 'catchmentArea');
    if (fapCode == null && catchmentArea == null)
      throw badUserInput('Give a FAP code, a catchment area, or both.', 'fapCode');
    assertIntInRange(first, 1, MAX_PAGE, 'first');
    assertIntInRange(offset, 0, 10_000_000, 'offset');
    const page = await fromUpstream('infotravail.hiringProjects', () =>
      context.upstream.infotravail.hiringProjects(
        {
          fapCode: fapCode ?? undefined,
          catchmentAreaCode: catchmentArea ?? undefined,
          limit: first,
          offset,
        },
        context.upstreamScope,
      ),
    );
    return {
      totalCount: page.total,
      rows: page.rows.map((row) => ({ ...row, figures: row.figures.map(toDatastoreValue) })),
    };
  }

  @Query(() => AnonymisedOfferPage, {
    nullable: true,
    description: 'Anonymised job offers published in a commune (INSEE code).',
  })
  async anonymisedOffers(
    @Arg('commune') commune: string,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('offset', () => Int, { defaultValue: 0 }) offset: number,
    @Ctx() context: GraphContext,
  ): Promise<AnonymisedOfferPage> {
    const communeCode = assertCommuneCode(commune, 'commune');
    assertIntInRange(first, 1, MAX_PAGE, 'first');
    assertIntInRange(offset, 0, 10_000_000, 'offset');
    const page = await fromUpstream('infotravail.anonymisedOffers', () =>
      context.upstream.infotravail.anonymisedOffers({ communeCode, limit: first, offset }, context.upstreamScope),
    );
    return {
      totalCount: page.total,
      offers: page.rows.map((row) => ({
        commune: row.communeCode ? territoryRef('COMMUNE', row.communeCode) : null,
        occupation: row.romeCode ? { code: row.romeCode } : null,
        figures: row.figures.map(toDatastoreValue),
      })),
    };
  }
}

function toDataset(dataset: PackageDto): InfotravailDataset {
  return {
    id: dataset.id,
    name: dataset.name,
    title: dataset.title ?? null,
    description: dataset.notes ?? null,
    resources: dataset.resources.map(toResource),
  };
}

function toResource(resource: ResourceDto): InfotravailResource {
  return {
    id: resource.id,
    name: resource.name ?? null,
    description: resource.description ?? null,
    format: resource.format ?? null,
    version: resource.pe_version ?? null,
    lastModified: utcInstant(resource.last_modified),
  };
}

function assertResourceId(id: string, argument: string): string {
  if (!RESOURCE_ID.test(id)) throw badUserInput(`"${id}" is not an Infotravail resource id (a UUID).`, argument);
  return id.toLowerCase();
}

function assertName(name: string, argument: string): string {
  if (!DATASET_NAME.test(name)) throw badUserInput(`"${name}" is not an Infotravail name or id.`, argument);
  return name;
}

function assertColumn(column: string, argument: string): void {
  if (!COLUMN.test(column)) throw badUserInput(`"${column}" is not a column name.`, argument);
}
