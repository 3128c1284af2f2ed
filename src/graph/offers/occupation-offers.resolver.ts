import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { GraphContext } from '../context';
import { TerritoryInput } from '../territory/territory.input';
import { toConnection } from './offer-connection';
import { criteriaForTerritory } from './offer-criteria';
import { offerLoaders } from './offer.loaders';
import { OccupationReference, OfferConnection } from './offer.types';
import { pageRequest, upstreamRange } from './paging';

@Resolver(() => OccupationReference)
export class OccupationOffersResolver {
  @FieldResolver(() => OfferConnection, { description: 'Offers for this occupation, optionally within one territory.' })
  async offers(
    @Root() occupation: OccupationReference,
    @Arg('territory', () => TerritoryInput, { nullable: true }) territory: TerritoryInput | null,
    @Arg('first', () => Int, { defaultValue: 10, description: 'Page size, 0–150 (0 returns only totalCount).' })
    first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() context: GraphContext,
  ): Promise<OfferConnection> {
    const page = pageRequest(first, after);
    const criteria = { ...criteriaForTerritory(territory), codeROME: [occupation.code] };
    return toConnection(await offerLoaders(context).search.load({ criteria, range: upstreamRange(page) }), page);
  }
}
