import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphContext } from '../context';
import { TerritoryInput } from '../territory/territory.input';
import { criteriaForTerritory } from './offer-criteria';
import { searchOffers } from './offer-search';
import { OccupationReference, OfferConnection } from './offer.types';
import { BackwardPagingArgs } from './backward-paging.args';
import { RelatedOffersArgs, relatedOffersPaging } from './related-offers.args';
import { pageRequest } from './paging';

@Resolver(() => OccupationReference)
export class OccupationOffersResolver {
  @FieldResolver(() => OfferConnection, {
    nullable: true,
    description:
      'Offers for this occupation, optionally within one territory; null, with an error, when France Travail fails.',
  })
  async offers(
    @Root() occupation: OccupationReference,
    @Arg('territory', () => TerritoryInput, { nullable: true }) territory: TerritoryInput | null,
    @Args(() => RelatedOffersArgs) forward: RelatedOffersArgs,
    @Args(() => BackwardPagingArgs) backward: BackwardPagingArgs,
    @Ctx() context: GraphContext,
  ): Promise<OfferConnection> {
    const paging = relatedOffersPaging(forward, backward);
    pageRequest(paging);
    const criteria = { ...criteriaForTerritory(territory), codeROME: [occupation.code] };
    return searchOffers(context, { criteria, ...paging });
  }
}
