import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { GraphContext } from '../context';
import { badUserInput, notFound } from '../shared/errors';
import { memoizedOn } from '../shared/per-request';
import type { ContexteTravailDto } from '../../upstream';
import { romeLoaders } from './rome.loaders';
import { occupationsByWorkContextOf } from './rome-referential';
import { Occupation } from './rome.types';
import { WorkContext, WorkContextGroup } from './work-context.types';

const OGR_CODE = /^\d{1,7}$/;

/** Work contexts by category, in the order categories first appear. */
export function groupByCategory(contexts: WorkContext[]): WorkContextGroup[] {
  const groups = new Map<string, WorkContextGroup>();
  for (const context of contexts) {
    const group = groups.get(context.category);
    if (group) group.contexts.push(context);
    else groups.set(context.category, { category: context.category, contexts: [context] });
  }
  return [...groups.values()];
}

const workContextIndexOf = memoizedOn((list: ContexteTravailDto[]) => {
  const byCode = new Map<string, WorkContext>();
  for (const item of list) byCode.set(item.code, { code: item.code, label: item.libelle, category: item.categorie });
  return { byCode, groups: groupByCategory([...byCode.values()]) };
});

@Resolver(() => WorkContext)
export class WorkContextResolver {
  @Query(() => WorkContext, {
    nullable: true,
    description: 'A ROME 4.0 work context by OGR code; null with a NOT_FOUND error when unknown.',
  })
  async workContext(
    @Arg('code', { description: 'OGR code, e.g. "403091".' }) code: string,
    @Ctx() context: GraphContext,
  ): Promise<WorkContext> {
    if (!OGR_CODE.test(code)) throw badUserInput(`"${code}" is not a work context code: expected digits.`, 'code');
    const found = workContextIndexOf(await romeLoaders(context).workContexts()).byCode.get(code);
    if (!found) throw notFound(`No ROME work context "${code}".`);
    return found;
  }

  @Query(() => [WorkContextGroup], { description: 'Every ROME 4.0 work context, grouped by category.' })
  async workContexts(@Ctx() context: GraphContext): Promise<WorkContextGroup[]> {
    return workContextIndexOf(await romeLoaders(context).workContexts()).groups;
  }

  @FieldResolver(() => [Occupation], { description: 'Occupations carried out in this work context.' })
  async occupations(@Root() workContext: WorkContext, @Ctx() context: GraphContext): Promise<Occupation[]> {
    return occupationsByWorkContextOf(await romeLoaders(context).occupations()).get(workContext.code) ?? [];
  }
}
