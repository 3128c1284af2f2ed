import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphContext } from '../context';
import { romeLoaders } from './rome.loaders';
import { AppellationMatch, OfferReference, RomeAppellation } from './rome.types';
import type { AppellationMatch as MatchResult } from './appellation-matcher';

@Resolver(() => OfferReference)
export class OfferAppellationResolver {
  @FieldResolver(() => RomeAppellation, {
    nullable: true,
    description:
      'The exact ROME appellation of the offer, found by matching its published label among the appellations of its ROME code. ' +
      'Null when none matches; the reason is in `appellationMatch` and in the response extensions (`appellationMatching`).',
  })
  @Directive('@requires(fields: "romeCode appellationLabel")')
  async appellation(@Root() offer: OfferReference, @Ctx() context: GraphContext): Promise<RomeAppellation | null> {
    const index = await romeLoaders(context).occupations();
    const match = index.matcher.match(offer.romeCode ?? undefined, offer.appellationLabel ?? undefined);
    if (match.appellation) return index.appellations.get(match.appellation.code) ?? null;
    context.diagnostics.appellationMismatches.push({
      offerId: offer.id,
      romeCode: offer.romeCode,
      label: offer.appellationLabel,
      reason: match.reason,
      message: match.message,
    });
    return null;
  }

  @FieldResolver(() => AppellationMatch, { description: 'How `appellation` was resolved, or why it could not be.' })
  @Directive('@requires(fields: "romeCode appellationLabel")')
  async appellationMatch(@Root() offer: OfferReference, @Ctx() context: GraphContext): Promise<AppellationMatch> {
    // The ROME failure is reported once, on `appellation`; failing this non-null field too would null the whole offer.
    const index = await romeLoaders(context)
      .occupations()
      .catch(() => undefined);
    if (!index) return ROME_UNAVAILABLE;
    return describe(index.matcher.match(offer.romeCode ?? undefined, offer.appellationLabel ?? undefined));
  }
}

/** No reason from the matcher: it never ran. The message says why, the error on `appellation` says how. */
const ROME_UNAVAILABLE: AppellationMatch = {
  method: null,
  reason: null,
  message: 'The ROME referential could not be had from France Travail; see the error on `appellation`.',
};

function describe(match: MatchResult): AppellationMatch {
  if (match.appellation) return { method: match.method, reason: null, message: null };
  return { method: null, reason: match.reason, message: match.message };
}
