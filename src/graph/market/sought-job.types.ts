import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { TerritoryType } from '../territory/territory-type';

/* The jobseeker subgraph's SoughtJob, seen from the market: its occupation and its places (@requires). */

@ObjectType('MobilityPlace', { simpleResolvers: true })
export class MarketMobilityPlace {
  @Field()
  @Directive('@external')
  code!: string;

  @Field(() => TerritoryType, { nullable: true })
  @Directive('@external')
  kind!: TerritoryType | null;
}

@ObjectType('Mobility', { simpleResolvers: true })
export class MarketMobility {
  @Field(() => MarketMobilityPlace)
  @Directive('@external')
  place!: MarketMobilityPlace;
}

@ObjectType('SoughtJob', { simpleResolvers: true })
@Directive('@key(fields: "id")')
export class SoughtJobReference {
  @Field(() => ID)
  id!: string;

  @Field()
  @Directive('@external')
  occupationCode!: string;

  @Field(() => [MarketMobility])
  @Directive('@external')
  mobilities!: MarketMobility[];
}
