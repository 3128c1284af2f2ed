import { Field, ObjectType } from 'type-graphql';

@ObjectType({
  description: 'One entry of an Offres referential: a code and its France Travail label.',
  simpleResolvers: true,
})
export class OfferReferentialItem {
  @Field()
  code!: string;

  @Field()
  label!: string;
}

@ObjectType({ description: 'A commune as the Offres referential lists it.', simpleResolvers: true })
export class OfferReferentialCommune {
  @Field({ description: 'INSEE code.' })
  code!: string;

  @Field()
  label!: string;

  @Field(() => String, { nullable: true })
  postalCode!: string | null;

  @Field(() => String, { nullable: true })
  departementCode!: string | null;
}

@ObjectType({
  description: 'A département as the Offres referential lists it, with its région.',
  simpleResolvers: true,
})
export class OfferReferentialDepartement {
  @Field()
  code!: string;

  @Field()
  label!: string;

  @Field(() => OfferReferentialItem, { nullable: true })
  region!: OfferReferentialItem | null;
}

/**
 * The 16 lists of Offres d'emploi v2 (`/v2/referentiel/*`): the codes its search filters take and the labels of
 * the codes offers carry. Each list is one upstream call per cache lifetime, whatever the number of readers.
 */
@ObjectType({
  description:
    'The Offres referentials: codes the offer filters take, with their labels. Each list is loaded whole and cached for days.',
})
export class OfferReferentials {}
