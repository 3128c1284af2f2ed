import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { GraphContext } from '../context';
import { notFound } from '../shared/errors';
import { assertIntInRange, assertRomeCode } from '../shared/validation';
import { Competence, CompetenceGroup, KnowledgeGroup } from './competence.types';
import { romeLoaders } from './rome.loaders';
import { Occupation } from './rome.types';
import { assertSearchText, occupationSearchOf } from './rome-search';
import { competencesOfSheet } from './sheet-referential';
import { RomeVersion, WorkContextGroup } from './work-context.types';
import { groupByCategory } from './work-context.resolver';

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

  @Query(() => [Occupation], {
    description:
      'Occupations whose label contains every word of `text` (case, accents and word order ignored), best matches first. ' +
      'Served from the cached métiers list: no upstream call once it is loaded.',
  })
  async searchOccupations(
    @Arg('text', { description: 'At least 2 characters, e.g. "développeur web".' }) text: string,
    @Arg('first', () => Int, { defaultValue: 20, description: 'At most this many results, 1–100.' }) first: number,
    @Ctx() context: GraphContext,
  ): Promise<Occupation[]> {
    const query = assertSearchText(text, 'text');
    assertIntInRange(first, 1, 100, 'first');
    return occupationSearchOf(await romeLoaders(context).occupations()).occupations(query, first);
  }

  @Query(() => RomeVersion, { description: 'Version of the ROME referential France Travail serves.' })
  async romeVersion(@Ctx() context: GraphContext): Promise<RomeVersion> {
    const version = await romeLoaders(context).version();
    return { version: version.version, lastModifiedDate: version.lastModifiedDate ?? null };
  }

  @FieldResolver(() => [Competence], {
    description: 'Competences and knowledge mobilised by this occupation (ROME fiche métier), in the sheet order.',
  })
  async competences(@Root() occupation: Occupation, @Ctx() context: GraphContext): Promise<Competence[]> {
    const sheet = (await romeLoaders(context).competences()).get(occupation.code);
    return sheet ? competencesOfSheet(sheet) : [];
  }

  @FieldResolver(() => [CompetenceGroup], {
    description: 'Competences of the fiche métier grouped by stake (enjeu), as the sheet presents them.',
  })
  async competenceGroups(@Root() occupation: Occupation, @Ctx() context: GraphContext): Promise<CompetenceGroup[]> {
    return (await romeLoaders(context).competences()).get(occupation.code)?.competenceGroups ?? [];
  }

  @FieldResolver(() => [KnowledgeGroup], {
    description: 'Knowledge (savoirs) of the fiche métier grouped by category, as the sheet presents it.',
  })
  async knowledgeGroups(@Root() occupation: Occupation, @Ctx() context: GraphContext): Promise<KnowledgeGroup[]> {
    return (await romeLoaders(context).competences()).get(occupation.code)?.knowledgeGroups ?? [];
  }

  @FieldResolver(() => [Competence], { description: 'Competences at the core of the job ("cœur de métier").' })
  async coreCompetences(@Root() occupation: Occupation, @Ctx() context: GraphContext): Promise<Competence[]> {
    return this.sheetCompetences(occupation, occupation.coreCompetenceCodes, context);
  }

  @FieldResolver(() => [Competence], { description: 'Competences emerging in the job.' })
  async emergingCompetences(@Root() occupation: Occupation, @Ctx() context: GraphContext): Promise<Competence[]> {
    return this.sheetCompetences(occupation, occupation.emergingCompetenceCodes, context);
  }

  @FieldResolver(() => [Occupation], {
    description:
      'Métiers en proximité: occupations a worker of this one can move to with their skills (ROME mobility).',
  })
  async nearbyOccupations(@Root() occupation: Occupation, @Ctx() context: GraphContext): Promise<Occupation[]> {
    if (occupation.nearbyCodes.length === 0) return [];
    const index = await romeLoaders(context).occupations();
    return occupation.nearbyCodes.flatMap((code) => index.occupations.get(code) ?? []);
  }

  @FieldResolver(() => [WorkContextGroup], { description: 'Work contexts of the occupation, grouped by category.' })
  workContexts(@Root() occupation: Occupation): WorkContextGroup[] {
    return groupByCategory(occupation.workContextList);
  }

  private async sheetCompetences(
    occupation: Occupation,
    codes: string[],
    context: GraphContext,
  ): Promise<Competence[]> {
    if (codes.length === 0) return [];
    const sheet = (await romeLoaders(context).competences()).get(occupation.code);
    if (!sheet) return [];
    const wanted = new Set(codes);
    return competencesOfSheet(sheet).filter((competence) => wanted.has(competence.code));
  }
}
