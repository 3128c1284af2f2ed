import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfo } from '../shared/page-info';
import { TerritoryType } from '../territory/territory-type';
import { OfferEdge, TerritoryReference } from './offer.types';

/*
 * The jobseeker subgraph's SoughtJob, seen from the offers: only what a search needs, handed over by the router
 * (@requires), so that matching offers cost one search and no lookup of the job seeker.
 */

@ObjectType('SoughtContract', { simpleResolvers: true })
export class SoughtContractCriterion {
  @Field()
  @Directive('@external')
  code!: string;
}

@ObjectType('SoughtWorkingTime', { simpleResolvers: true })
export class SoughtWorkingTimeCriterion {
  @Field(() => Boolean, { nullable: true })
  @Directive('@external')
  fullTime!: boolean | null;
}

@ObjectType('MobilityPlace', { simpleResolvers: true })
export class MobilityPlaceCriterion {
  @Field()
  @Directive('@external')
  code!: string;

  @Field(() => TerritoryType, { nullable: true })
  @Directive('@external')
  kind!: TerritoryType | null;
}

@ObjectType('Mobility', { simpleResolvers: true })
export class MobilityCriterion {
  @Field(() => MobilityPlaceCriterion)
  @Directive('@external')
  place!: MobilityPlaceCriterion;

  @Field(() => Int, { nullable: true })
  @Directive('@external')
  radiusKm!: number | null;
}

@ObjectType('SoughtJob', { simpleResolvers: true })
@Directive('@key(fields: "id")')
export class SoughtJobReference {
  @Field(() => ID)
  id!: string;

  @Field()
  @Directive('@external')
  appellationCode!: string;

  @Field()
  @Directive('@external')
  occupationCode!: string;

  @Field(() => [SoughtContractCriterion])
  @Directive('@external')
  contractTypes!: SoughtContractCriterion[];

  @Field(() => [SoughtWorkingTimeCriterion])
  @Directive('@external')
  workingTimes!: SoughtWorkingTimeCriterion[];

  @Field(() => [MobilityCriterion])
  @Directive('@external')
  mobilities!: MobilityCriterion[];
}

export enum MatchingOffersBasis {
  APPELLATION = 'APPELLATION',
  OCCUPATION = 'OCCUPATION',
}
registerEnumType(MatchingOffersBasis, {
  name: 'MatchingOffersBasis',
  description: 'What matching offers were searched by.',
  valuesConfig: {
    APPELLATION: { description: 'The sought appellation itself.' },
    OCCUPATION: { description: "Its ROME occupation: the appellation alone found no offer in the job seeker's area." },
  },
});

@ObjectType({ description: 'Where matching offers were searched.', simpleResolvers: true })
export class MatchingOffersArea {
  @Field(() => [TerritoryReference], { description: 'Territories searched; empty for the whole of France.' })
  territories!: TerritoryReference[];

  @Field(() => Int, { nullable: true, description: 'Radius around the communes, in km, when communes were searched.' })
  distanceKm!: number | null;

  @Field({
    description:
      'True when the mobility places could not be searched as given (levels mixed, more than five places, several ' +
      'régions) and the smallest area holding them all was searched instead.',
  })
  widened!: boolean;
}

@ObjectType({
  description: "Offers matching a sought job: its appellation, the job seeker's places, contracts and working time.",
  simpleResolvers: true,
})
export class MatchingOfferConnection {
  @Field(() => Int, { description: 'Number of matching offers (France Travail caps paging at 3 150).' })
  totalCount!: number;

  @Field(() => [OfferEdge])
  edges!: OfferEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => MatchingOffersBasis, {
    description: 'APPELLATION, or OCCUPATION when the appellation found nothing and its ROME code was searched.',
  })
  matchedBy!: MatchingOffersBasis;

  @Field(() => MatchingOffersArea)
  area!: MatchingOffersArea;
}
