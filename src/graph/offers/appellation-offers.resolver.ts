import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphContext } from '../context';
import { BackwardPagingArgs } from './backward-paging.args';
import { RelatedOffersArgs, relatedOffersPaging } from './related-offers.args';
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
    @Args(() => RelatedOffersArgs) forward: RelatedOffersArgs,
    @Args(() => BackwardPagingArgs) backward: BackwardPagingArgs,
    @Ctx() context: GraphContext,
  ): Promise<OfferConnection> {
    const paging = relatedOffersPaging(forward, backward);
    return searchOffers(context, { criteria: { appellation: appellation.code }, ...paging });
  }
}
