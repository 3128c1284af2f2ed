import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { GraphContext } from '../context';
import { notFound } from '../shared/errors';
import { assertOfferId } from '../shared/validation';
import { toConnection } from './offer-connection';
import { criteriaFromFilter } from './offer-criteria';
import { OfferFilter } from './offer-filter.input';
import { offerLoaders } from './offer.loaders';
import { Offer, OfferConnection } from './offer.types';
import { pageRequest, upstreamRange } from './paging';

@Resolver(() => Offer)
export class OfferResolver {
  @Query(() => OfferConnection, {
    description: "Searches job offers (France Travail Offres d'emploi v2). One upstream call per page.",
  })
  async offers(
    @Arg('filter', () => OfferFilter) filter: OfferFilter,
    @Arg('first', () => Int, { defaultValue: 20, description: 'Page size, 0–150 (0 returns only totalCount).' })
    first: number,
    @Arg('after', () => String, { nullable: true, description: 'Cursor of the last offer of the previous page.' })
    after: string | null,
    @Ctx() context: GraphContext,
  ): Promise<OfferConnection> {
    const criteria = criteriaFromFilter(filter);
    const page = pageRequest(first, after);
    return toConnection(await offerLoaders(context).search.load({ criteria, range: upstreamRange(page) }), page);
  }

  @Query(() => Offer, {
    nullable: true,
    description: 'One offer by its France Travail id; null with a NOT_FOUND error when it does not exist (any more).',
  })
  async offer(@Arg('id', () => ID) id: string, @Ctx() context: GraphContext): Promise<Offer> {
    const offer = await offerLoaders(context).byId.load(assertOfferId(id, 'id'));
    if (!offer) throw notFound(`No offer "${id}": it does not exist or is no longer published.`);
    return offer;
  }
}
