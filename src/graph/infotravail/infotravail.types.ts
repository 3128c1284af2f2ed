import { Directive, Field, GraphQLISODateTime, ID, InputType, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A table (resource) published on Infotravail.', simpleResolvers: true })
export class InfotravailResource {
  @Field(() => ID, { description: 'Resource id (a UUID): what `datastoreRecords(resourceId:)` takes.' })
  id!: string;

  @Field(() => String, { nullable: true })
  name!: string | null;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => String, { nullable: true, description: 'File format as published, e.g. "CSV".' })
  format!: string | null;

  @Field(() => String, { nullable: true, description: 'Version label (`pe_version`).' })
  version!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the table was last modified.' })
  lastModified!: Date | null;
}

@ObjectType({ description: 'A dataset (CKAN package) published on Infotravail.', simpleResolvers: true })
export class InfotravailDataset {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Short name, e.g. "imt".' })
  name!: string;

  @Field(() => String, { nullable: true })
  title!: string | null;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => [InfotravailResource], {
    description: 'Its tables; listed by `infotravailDataset(id:)` (the organisation listing leaves them out).',
  })
  resources!: InfotravailResource[];
}

@ObjectType({ description: 'One cell of a datastore row.', simpleResolvers: true })
export class DatastoreValue {
  @Field({ description: 'Column name as published, e.g. "AREA_CODE".' })
  column!: string;

  @Field({ description: 'Column type as the datastore declares it (text, int, numeric, timestamp…).' })
  type!: string;

  @Field(() => String, { nullable: true, description: 'The value as text; null when empty.' })
  value!: string | null;
}

@ObjectType({ description: 'One row of a datastore table.', simpleResolvers: true })
export class DatastoreRecord {
  @Field(() => [DatastoreValue])
  values!: DatastoreValue[];
}

@ObjectType({ description: 'A page of datastore rows.', simpleResolvers: true })
export class DatastoreRecordPage {
  @Field(() => Int, { nullable: true, description: 'Matching rows in all, when the datastore says.' })
  totalCount!: number | null;

  @Field(() => [DatastoreRecord])
  records!: DatastoreRecord[];

  @Field({ description: 'True when rows remain after this page.' })
  hasNextPage!: boolean;

  @Field(() => Int, { description: 'Offset of the next page: pass it back as `offset`.' })
  nextOffset!: number;
}

@InputType({ description: 'Keeps rows whose column equals one of the values.' })
export class DatastoreFilterInput {
  @Field({ description: 'Column name, e.g. "AREA_CODE".' })
  column!: string;

  @Field(() => [String], { description: 'Accepted values (OR).' })
  values!: string[];
}

/** The rome subgraph's Occupation, as a reference. */
@ObjectType('Occupation', { simpleResolvers: true })
@Directive('@key(fields: "code")')
export class OccupationReference {
  @Field()
  code!: string;
}

/** The market subgraph's Territory, as a reference. */
@ObjectType('Territory', { simpleResolvers: true })
@Directive('@key(fields: "id")')
export class TerritoryReference {
  @Field(() => ID)
  id!: string;
}

@ObjectType({
  description:
    "Labour-market information (IMT) for one occupation in one area, from Infotravail's IMT statistics table.",
  simpleResolvers: true,
})
export class LabourMarketStatistics {
  @Field(() => OccupationReference)
  occupation!: OccupationReference;

  @Field(() => TerritoryReference, {
    nullable: true,
    description: 'The area as a territory; null for levels the graph does not map (employment areas).',
  })
  territory!: TerritoryReference | null;

  @Field({ description: 'Area type code as published (F, R, D, B).' })
  areaType!: string;

  @Field({ description: 'Area code as published.' })
  areaCode!: string;

  @Field(() => [DatastoreValue], { description: 'Every published figure of the row, by column.' })
  figures!: DatastoreValue[];
}

@ObjectType({
  description:
    "Hiring projects of one occupational family (FAP) in one catchment area (Besoins en Main-d'Œuvre survey).",
  simpleResolvers: true,
})
export class HiringProjects {
  @Field({ description: 'FAP code, e.g. "A1Z40".' })
  fapCode!: string;

  @Field({ description: 'Catchment area (bassin) code as published.' })
  catchmentAreaCode!: string;

  @Field(() => [DatastoreValue], { description: 'Every published figure of the row, by column.' })
  figures!: DatastoreValue[];
}

@ObjectType({ description: 'A page of BMO rows.', simpleResolvers: true })
export class HiringProjectsPage {
  @Field(() => Int, { nullable: true })
  totalCount!: number | null;

  @Field(() => [HiringProjects])
  rows!: HiringProjects[];
}

@ObjectType({
  description: 'A published job offer without its employer (Infotravail anonymised offers).',
  simpleResolvers: true,
})
export class AnonymisedOffer {
  @Field(() => TerritoryReference, { nullable: true })
  commune!: TerritoryReference | null;

  @Field(() => OccupationReference, { nullable: true })
  occupation!: OccupationReference | null;

  @Field(() => [DatastoreValue], { description: 'Every other published column of the row.' })
  figures!: DatastoreValue[];
}

@ObjectType({ description: 'A page of anonymised offers.', simpleResolvers: true })
export class AnonymisedOfferPage {
  @Field(() => Int, { nullable: true })
  totalCount!: number | null;

  @Field(() => [AnonymisedOffer])
  offers!: AnonymisedOffer[];
}
