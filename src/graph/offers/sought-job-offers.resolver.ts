import { Arg, Ctx, Directive, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { GraphContext } from '../context';
import { badUserInput } from '../shared/errors';
import { toConnection } from './offer-connection';
import { offerLoaders } from './offer.loaders';
import { pageRequest, upstreamRange } from './paging';
import { soughtJobSearch } from './sought-job-criteria';
import { MatchingOfferConnection, MatchingOffersBasis, SoughtJobReference } from './sought-job.types';

const REQUIRED =
  'appellationCode occupationCode contractTypes { code } workingTimes { fullTime } mobilities { place { code kind } radiusKm }';

@Resolver(() => SoughtJobReference)
export class SoughtJobOffersResolver {
  @FieldResolver(() => MatchingOfferConnection, {
    description:
      "Offers for this sought job in the job seeker's places, contract types and working time: by appellation, or " +
      'by its ROME code when the appellation finds nothing (see `matchedBy`). One upstream search per page ' +
      '(two for a first page that falls back).',
  })
  @Directive(`@requires(fields: "${REQUIRED}")`)
  async matchingOffers(
    @Root() job: SoughtJobReference,
    @Arg('first', () => Int, { defaultValue: 10, description: 'Page size, 0–150 (0 returns only totalCount).' })
    first: number,
    @Arg('after', () => String, { nullable: true, description: 'Cursor of the last offer of the previous page.' })
    after: string | null,
    @Ctx() context: GraphContext,
  ): Promise<MatchingOfferConnection> {
    const position = after ? decodeMatchingCursor(after) : undefined;
    const page = pageRequest({ first, after: position ? offerCursor(position.offset) : null });
    const { criteria, area } = soughtJobSearch(job);
    const range = upstreamRange(page);
    const search = offerLoaders(context).search;

    let matchedBy = position?.basis ?? MatchingOffersBasis.APPELLATION;
    let found =
      matchedBy === MatchingOffersBasis.APPELLATION
        ? await search.load({ criteria: { ...criteria, appellation: job.appellationCode }, range })
        : undefined;
    if (!found || (found.total === 0 && !position)) {
      matchedBy = MatchingOffersBasis.OCCUPATION;
      found = await search.load({ criteria: { ...criteria, codeROME: [job.occupationCode] }, range });
    }
    const connection = toConnection(found, page);
    // Cursors carry the basis, so that the next page searches as this one did.
    const edges = connection.edges.map((edge, index) => ({
      ...edge,
      cursor: encodeMatchingCursor(matchedBy, page.offset + index),
    }));
    return {
      ...connection,
      edges,
      pageInfo: {
        ...connection.pageInfo,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges[edges.length - 1]?.cursor ?? null,
      },
      matchedBy,
      area,
    };
  }
}

function encodeMatchingCursor(basis: MatchingOffersBasis, position: number): string {
  return Buffer.from(`matching:${basis}:${position}`).toString('base64url');
}

function decodeMatchingCursor(cursor: string): { basis: MatchingOffersBasis; offset: number } {
  const match = /^matching:(APPELLATION|OCCUPATION):(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match) throw badUserInput(`"${cursor}" is not a cursor returned by matchingOffers.`, 'after');
  return { basis: match[1] as MatchingOffersBasis, offset: Number(match[2]) };
}

/** The offers paging reads positions from its own cursors. */
function offerCursor(position: number): string {
  return Buffer.from(`offer:${position}`).toString('base64url');
}
