import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { GraphContext } from '../context';
import { fromUpstream, notFound } from '../shared/errors';
import { assertAppellationCode, assertIntInRange } from '../shared/validation';
import { AppellationOffers } from './appellation-offers.types';
import { Competence } from './competence.types';
import { romeLoaders } from './rome.loaders';
import { assertSearchText, occupationSearchOf } from './rome-search';
import { RomeAppellation } from './rome.types';
import { competencesOfSheet } from './sheet-referential';

/** Largest window of one Offres search call. */
export const OFFERS_PAGE_SIZE = 150;

@Resolver(() => RomeAppellation)
export class AppellationResolver {
  @Query(() => RomeAppellation, {
    nullable: true,
    description: 'A ROME 4.0 appellation by code; null with a NOT_FOUND error when unknown.',
  })
  async appellation(
    @Arg('code', { description: 'Appellation OGR code, e.g. "404278".' }) code: string,
    @Ctx() context: GraphContext,
  ): Promise<RomeAppellation> {
    const appellation = (await romeLoaders(context).occupations()).appellations.get(
      assertAppellationCode(code, 'code'),
    );
    if (!appellation) throw notFound(`No ROME appellation "${code}".`);
    return appellation;
  }

  @Query(() => [RomeAppellation], {
    description:
      'Appellations (job titles) whose label contains every word of `text` as a word start (case and accents ignored), ' +
      'best matches first. Served from the cached métiers list: no upstream call once it is loaded.',
  })
  async searchAppellations(
    @Arg('text', { description: 'At least 2 characters, e.g. "dev web".' }) text: string,
    @Arg('first', () => Int, { defaultValue: 20, description: 'At most this many results, 1–100.' }) first: number,
    @Ctx() context: GraphContext,
  ): Promise<RomeAppellation[]> {
    const words = assertSearchText(text, 'text');
    assertIntInRange(first, 1, 100, 'first');
    return occupationSearchOf(await romeLoaders(context).occupations()).appellations(words, first);
  }

  @FieldResolver(() => [Competence], {
    description: "Competences of the appellation's occupation (ROME 4.0 attaches competences to the fiche métier).",
  })
  async competences(@Root() appellation: RomeAppellation, @Ctx() context: GraphContext): Promise<Competence[]> {
    const sheet = (await romeLoaders(context).competences()).get(appellation.occupationCode);
    return sheet ? competencesOfSheet(sheet) : [];
  }

  @FieldResolver(() => AppellationOffers, {
    description:
      "Job offers published under this exact appellation (Offres d'emploi search by appellation code), newest first.",
  })
  async offers(
    @Root() appellation: RomeAppellation,
    @Arg('first', () => Int, {
      defaultValue: 10,
      description: `Offers to return, 0–${OFFERS_PAGE_SIZE} (0 returns only totalCount).`,
    })
    first: number,
    @Ctx() context: GraphContext,
  ): Promise<AppellationOffers> {
    assertIntInRange(first, 0, OFFERS_PAGE_SIZE, 'first');
    const page = await fromUpstream('offres.search', () =>
      context.upstream.offres.search(
        { appellation: appellation.code, sort: 1 },
        { start: 0, end: Math.max(first, 1) - 1 },
      ),
    );
    return {
      totalCount: page.total,
      offers: page.offres.slice(0, first).map((offre) => ({ id: offre.id, romeCode: null, appellationLabel: null })),
    };
  }
}
