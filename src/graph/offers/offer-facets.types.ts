import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({
  description: 'One value of a facet and how many offers of the whole result set have it.',
  simpleResolvers: true,
})
export class OfferFacetValue {
  @Field({ description: 'The value as the matching filter takes it, e.g. "CDI", "E2", "2", "9".' })
  value!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Label of the value (from the France Travail referentials for contract types and natures).',
  })
  label!: string | null;

  @Field(() => Int, { description: 'Offers of the whole result set (not only this page) with this value.' })
  count!: number;
}

/**
 * The search answer's `filtresPossibles`: counts by value of four criteria. They come with every search page,
 * so asking for them costs no upstream call beyond the labels of contract types and natures.
 */
@ObjectType({
  description: 'Counts of the whole result set by criterion, to build filter menus.',
  simpleResolvers: true,
})
export class OfferFacets {
  @Field(() => [OfferFacetValue], { description: 'By contract type code (filter `contractTypes`).' })
  contractTypes!: OfferFacetValue[];

  @Field(() => [OfferFacetValue], { description: 'By contract nature code (filter `contractNatures`).' })
  contractNatures!: OfferFacetValue[];

  @Field(() => [OfferFacetValue], {
    description:
      'By experience class: "1" under a year, "2" one to three years, "3" over three years, "0" unspecified.',
  })
  experience!: OfferFacetValue[];

  @Field(() => [OfferFacetValue], { description: 'By qualification: "9" managerial, "X" any other.' })
  qualification!: OfferFacetValue[];
}
