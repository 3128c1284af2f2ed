import { Field, InputType, Int } from 'type-graphql';

@InputType({ description: 'Search criteria; all are optional and combine with AND.' })
export class OfferFilter {
  @Field(() => [String], { nullable: true, description: 'ROME 4.0 codes (up to 200), e.g. ["M1805", "M1811"].' })
  romeCodes?: string[];

  @Field(() => String, { nullable: true, description: 'Département INSEE code, e.g. "35".' })
  departement?: string;

  @Field(() => [String], { nullable: true, description: 'Up to 5 département codes (alternative to `departement`).' })
  departements?: string[];

  @Field(() => String, { nullable: true, description: 'Région INSEE code, e.g. "53".' })
  region?: string;

  @Field(() => String, { nullable: true, description: 'Commune INSEE code (not postal code), e.g. "35238".' })
  commune?: string;

  @Field(() => Int, { nullable: true, description: 'Radius around `commune`, in km (0–200).' })
  distanceKm?: number;

  @Field(() => [String], { nullable: true, description: 'Contract type codes: CDI, CDD, MIS, SAI, …' })
  contractTypes?: string[];

  @Field(() => [String], {
    nullable: true,
    description: 'Keywords, all of which must appear (up to 7, at least 2 characters each).',
  })
  keywords?: string[];

  @Field(() => Int, { nullable: true, description: 'Only offers published within this many days: 1, 3, 7, 14 or 31.' })
  publishedWithinDays?: number;
}
