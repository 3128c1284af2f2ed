import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { GraphContext } from '../context';
import { notFound } from '../shared/errors';
import { assertAppellationCode } from '../shared/validation';
import { romeLoaders } from './rome.loaders';
import { Competence, RomeAppellation } from './rome.types';

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

  @FieldResolver(() => [Competence], {
    description: "Competences of the appellation's occupation (ROME 4.0 attaches competences to the fiche métier).",
  })
  async competences(@Root() appellation: RomeAppellation, @Ctx() context: GraphContext): Promise<Competence[]> {
    return (await romeLoaders(context).competences()).get(appellation.occupationCode) ?? [];
  }
}
