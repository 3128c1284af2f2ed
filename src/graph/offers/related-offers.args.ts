import { ArgsType, Field, Int } from 'type-graphql';
import { BackwardPagingArgs } from './backward-paging.args';

/** Forward paging of the offers listed under another type (an occupation, an appellation). */
@ArgsType()
export class RelatedOffersArgs {
  @Field(() => Int, { defaultValue: 10, description: 'Page size, 0–150 (0 returns only totalCount).' })
  first!: number;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

/** The paging a search takes, from the forward and backward arguments of a related-offers field. */
export function relatedOffersPaging(forward: RelatedOffersArgs, backward: BackwardPagingArgs) {
  return { first: forward.first, after: forward.after ?? null, last: backward.last, before: backward.before };
}
