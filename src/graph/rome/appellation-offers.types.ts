import { Field, Int, ObjectType } from 'type-graphql';
import { OfferReference } from './rome.types';

@ObjectType({ description: 'Job offers published under one ROME appellation.', simpleResolvers: true })
export class AppellationOffers {
  @Field(() => Int, { description: 'How many offers France Travail has under this appellation.' })
  totalCount!: number;

  @Field(() => [OfferReference], { description: 'The newest offers, at most `first`.' })
  offers!: OfferReference[];
}
