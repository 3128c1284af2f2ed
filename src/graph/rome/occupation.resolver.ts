import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { GraphContext } from '../context';
import { notFound } from '../shared/errors';
import { assertRomeCode } from '../shared/validation';
import { romeLoaders } from './rome.loaders';
import { Competence, Occupation } from './rome.types';

@Resolver(() => Occupation)
export class OccupationResolver {
  @Query(() => Occupation, {
    nullable: true,
    description: 'A ROME 4.0 occupation by code; null with a NOT_FOUND error when unknown.',
  })
  async occupation(
    @Arg('code', { description: 'ROME 4.0 code, e.g. "M1805".' }) code: string,
    @Ctx() context: GraphContext,
  ): Promise<Occupation> {
    const romeCode = assertRomeCode(code, 'code');
    const occupation = (await romeLoaders(context).occupations()).occupations.get(romeCode);
    if (!occupation) throw notFound(`No ROME occupation "${romeCode}".`);
    return occupation;
  }

  @FieldResolver(() => [Competence], {
    description: 'Competences and knowledge mobilised by this occupation (ROME fiche métier).',
  })
  async competences(@Root() occupation: Occupation, @Ctx() context: GraphContext): Promise<Competence[]> {
    return (await romeLoaders(context).competences()).get(occupation.code) ?? [];
  }
}
