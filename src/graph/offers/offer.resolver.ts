import { Arg, Args, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { GraphContext } from '../context';
import { notFound } from '../shared/errors';
import { assertOfferId } from '../shared/validation';
import { criteriaFromFilter } from './offer-criteria';
import { OfferFilter } from './offer-filter.input';
import { searchOffers } from './offer-search';
import { offerLoaders } from './offer.loaders';
import { Offer, OfferConnection } from './offer.types';
import { BackwardPagingArgs } from './backward-paging.args';
import { pageRequest } from './paging';

@Resolver(() => Offer)
export class OfferResolver {
  @Query(() => OfferConnection, {
    nullable: true,
    description:
      "Searches job offers (France Travail Offres d'emploi v2). One upstream call per page; facets come with it. " +
      'France Travail serves positions 0–3149 only: narrow the filter to reach further. Null, with an error, when ' +
      'France Travail fails.',
  })
  async offers(
    @Arg('filter', () => OfferFilter) filter: OfferFilter,
    @Arg('first', () => Int, {
      defaultValue: 20,
      description: 'Page size, 0–150 (0 returns only totalCount and facets).',
    })
    first: number,
    @Arg('after', () => String, { nullable: true, description: 'Cursor of the last offer of the previous page.' })
    after: string | null,
    @Args(() => BackwardPagingArgs) backward: BackwardPagingArgs,
    @Ctx() context: GraphContext,
  ): Promise<OfferConnection> {
    const paging = { first, after, last: backward.last, before: backward.before };
    const { criteria, referentialChecks } = criteriaFromFilter(filter);
    pageRequest(paging);
    return searchOffers(context, { criteria, referentialChecks, ...paging });
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
