import { Directive, Field, Float, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfo } from '../shared/page-info';

export enum OfferOriginSource {
  FRANCE_TRAVAIL = 'FRANCE_TRAVAIL',
  PARTNER = 'PARTNER',
}
registerEnumType(OfferOriginSource, {
  name: 'OfferOriginSource',
  description: 'Who published the offer: France Travail itself or a partner job board.',
});

export enum Requirement {
  REQUIRED = 'REQUIRED',
  DESIRED = 'DESIRED',
}
registerEnumType(Requirement, {
  name: 'Requirement',
  description: 'Whether the employer requires or only wishes something.',
});

/** Key-only view of the territory entity, resolved by the market subgraph. */
@ObjectType('Territory', { simpleResolvers: true })
@Directive('@key(fields: "id", resolvable: false)')
export class TerritoryReference {
  @Field(() => ID)
  id!: string;
}

@ObjectType({ description: 'Contract terms as published.', simpleResolvers: true })
export class Contract {
  @Field(() => String, {
    nullable: true,
    description: 'France Travail contract type code: CDI, CDD, MIS (temporary work), SAI (seasonal), LIB, …',
  })
  type!: string | null;

  @Field(() => String, { nullable: true, description: 'Label as published, e.g. "CDD - 6 Mois".' })
  label!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Nature of the contract, e.g. "Contrat travail", "Contrat apprentissage".',
  })
  nature!: string | null;

  @Field(() => String, { nullable: true, description: 'Working time, e.g. "35H/semaine".' })
  workingHours!: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'True for full time, false for part time, null when unspecified.',
  })
  fullTime!: boolean | null;

  @Field(() => Boolean, { description: 'Work-study contract (alternance).' })
  workStudy!: boolean;
}

@ObjectType({ description: 'Where the job is.', simpleResolvers: true })
export class OfferLocation {
  @Field({ description: 'Label as published, e.g. "35 - RENNES".' })
  label!: string;

  @Field(() => String, { nullable: true })
  postalCode!: string | null;

  @Field(() => String, { nullable: true, description: 'INSEE code of the commune.' })
  communeCode!: string | null;

  @Field(() => Float, { nullable: true })
  latitude!: number | null;

  @Field(() => Float, { nullable: true })
  longitude!: number | null;

  @Field(() => TerritoryReference, {
    nullable: true,
    description:
      'Where the job is as a territory, with its département and région: the commune (the one it has merged into, ' +
      'for a former commune), or the département for offers located no finer. Null for offers abroad.',
  })
  territory!: TerritoryReference | null;
}

@ObjectType({ description: 'The employer, as far as the offer names it.', simpleResolvers: true })
export class Company {
  @Field(() => String, { nullable: true })
  name!: string | null;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => String, { nullable: true })
  url!: string | null;

  @Field(() => String, { nullable: true, description: 'Size band of the establishment, e.g. "20 à 49 salariés".' })
  sizeBand!: string | null;
}

@ObjectType({ description: 'Salary as published (free text upstream).', simpleResolvers: true })
export class Salary {
  @Field(() => String, { nullable: true, description: 'e.g. "Mensuel de 2500.00 Euros à 3000.00 Euros sur 12 mois".' })
  label!: string | null;

  @Field(() => String, { nullable: true })
  comment!: string | null;
}

@ObjectType({ description: 'A skill the offer asks for.', simpleResolvers: true })
export class OfferCompetence {
  @Field(() => String, { nullable: true, description: 'ROME OGR code of the skill, when given.' })
  code!: string | null;

  @Field()
  label!: string;

  @Field(() => Requirement, { nullable: true })
  requirement!: Requirement | null;
}

@ObjectType({ description: 'Where the offer comes from.', simpleResolvers: true })
export class OfferOrigin {
  @Field(() => OfferOriginSource)
  source!: OfferOriginSource;

  @Field(() => String, { nullable: true, description: 'Page of the offer on its origin site.' })
  url!: string | null;

  @Field(() => [String], { description: 'Partner job boards relaying the offer.' })
  partners!: string[];
}

/** Key-only view of the occupation entity, resolved by the rome subgraph. */
@ObjectType('Occupation', { simpleResolvers: true })
@Directive('@key(fields: "code")')
export class OccupationReference {
  @Field({ description: 'ROME 4.0 code, e.g. "M1805".' })
  code!: string;
}

@ObjectType({
  description: "A job offer published through France Travail (Offres d'emploi v2).",
  simpleResolvers: true,
})
@Directive('@key(fields: "id")')
export class Offer {
  @Field(() => ID, { description: 'France Travail offer id, e.g. "209WNPD".' })
  id!: string;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => GraphQLISODateTime, { description: 'When the offer was first published.' })
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the offer was last updated.' })
  updatedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'ROME 4.0 code of the occupation, as published.' })
  romeCode!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Appellation label as published; see `appellation` for the resolved ROME appellation.',
  })
  appellationLabel!: string | null;

  @Field(() => OccupationReference, { nullable: true, description: 'The ROME occupation of the offer.' })
  occupation!: OccupationReference | null;

  @Field(() => Contract)
  contract!: Contract;

  @Field(() => OfferLocation, { nullable: true })
  location!: OfferLocation | null;

  @Field(() => Company)
  company!: Company;

  @Field(() => Salary, { nullable: true })
  salary!: Salary | null;

  @Field(() => String, { nullable: true, description: 'Experience asked for, e.g. "Débutant accepté", "2 An(s)".' })
  experience!: string | null;

  @Field(() => [OfferCompetence])
  competences!: OfferCompetence[];

  @Field(() => Int, { nullable: true })
  positions!: number | null;

  @Field(() => String, { nullable: true, description: 'NAF code of the employer, e.g. "62.02A".' })
  nafCode!: string | null;

  @Field(() => String, { nullable: true })
  sectorLabel!: string | null;

  @Field(() => OfferOrigin)
  origin!: OfferOrigin;
}

@ObjectType({ simpleResolvers: true })
export class OfferEdge {
  @Field()
  cursor!: string;

  @Field(() => Offer)
  node!: Offer;
}

@ObjectType({ description: 'A page of offers.', simpleResolvers: true })
export class OfferConnection {
  @Field(() => Int, { description: 'Number of offers matching the filter (France Travail caps paging at 3 150).' })
  totalCount!: number;

  @Field(() => [OfferEdge])
  edges!: OfferEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}
