import { Arg, Args, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { GraphContext } from '../context';
import { BackwardPagingArgs } from './backward-paging.args';
import { searchOffers } from './offer-search';
import { AppellationReference, OfferConnection } from './offer.types';

@Resolver(() => AppellationReference)
export class AppellationOffersResolver {
  @FieldResolver(() => OfferConnection, {
    nullable: true,
    description:
      "Offers published under this exact appellation (Offres d'emploi search by appellation code); null, with an " +
      'error, when France Travail fails.',
  })
  async offers(
    @Root() appellation: AppellationReference,
    @Arg('first', () => Int, { defaultValue: 10, description: 'Page size, 0–150 (0 returns only totalCount).' })
    first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Args(() => BackwardPagingArgs) backward: BackwardPagingArgs,
    @Ctx() context: GraphContext,
  ): Promise<OfferConnection> {
    const paging = { first, after, last: backward.last, before: backward.before };
    return searchOffers(context, { criteria: { appellation: appellation.code }, ...paging });
  }
}
