import { Arg, Ctx, Directive, Field, FieldResolver, ID, ObjectType, Resolver, Root } from 'type-graphql';
import type { GraphContext } from '../context';
import { territoryDirectory } from '../territory/territory-directory';
import { agenciesIn } from './agencies-in-territory';
import { agencyLoaders } from './agency.loaders';
import { Agency, AgencyKind } from './agency.types';

/** The market subgraph's Territory, extended with the France Travail sites located in it. */
@ObjectType('Territory', { simpleResolvers: true })
@Directive('@key(fields: "id")')
export class TerritoryReference {
  @Field(() => ID)
  id!: string;
}

@Resolver(() => TerritoryReference)
export class TerritoryAgenciesResolver {
  @FieldResolver(() => [Agency], {
    nullable: true,
    description:
      'France Travail sites located in this territory, in code order (local agencies only unless `kind` says ' +
      'otherwise). Served from the agency referential loaded once a day.',
  })
  async agencies(
    @Root() territory: TerritoryReference,
    @Arg('kind', () => AgencyKind, { nullable: true, defaultValue: AgencyKind.LOCAL_AGENCY }) kind: AgencyKind | null,
    @Ctx() context: GraphContext,
  ): Promise<Agency[]> {
    const place = territoryDirectory.byId(territory.id);
    if (!place) return [];
    const directory = await agencyLoaders(context).directory();
    return agenciesIn(directory, place).filter((agency) => !kind || agency.kind === kind);
  }
}

@Resolver(() => Agency)
export class AgencyTerritoryResolver {
  @FieldResolver(() => TerritoryReference, {
    nullable: true,
    description: 'The commune the site is in (null when the referential gives no INSEE code).',
  })
  commune(@Root() agency: Agency): TerritoryReference | null {
    const record = agency.address?.communeCode ? territoryDirectory.currentCommune(agency.address.communeCode) : null;
    return record ? { id: record.id } : null;
  }

  @FieldResolver(() => TerritoryReference, { nullable: true, description: 'The région the site belongs to.' })
  region(@Root() agency: Agency): TerritoryReference | null {
    const record = agency.regionCode ? territoryDirectory.get('REGION', agency.regionCode) : null;
    return record ? { id: record.id } : null;
  }
}
