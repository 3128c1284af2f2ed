import type { GraphQLResolveInfo } from 'graphql';
import type { GraphContext } from '../context';
import { selectedTypesBelow } from '../shared/selected-types';
import { romeLoaders } from './rome.loaders';

/** Types whose fields are answered from the ROME métiers list (occupations with their appellations). */
const FROM_METIERS = ['Occupation', 'RomeAppellation', 'AppellationMatch'];
/** Types answered from the ROME fiches métiers list. */
const FROM_FICHES = ['Competence'];

/**
 * Called by a resolver about to make its own upstream call (an offers search): starts loading the ROME
 * referentials its selection will need, so that on a cold cache the whole-list calls overlap that call instead of
 * following it. Loading is memoised per request, so the resolvers that need a list share the same call, and a failure
 * surfaces there. Only in a process that executes the whole graph does the selection show those types.
 */
export function prefetchRomeReferentialsBelow(info: GraphQLResolveInfo, context: GraphContext): void {
  const selected = selectedTypesBelow(info);
  const loaders = romeLoaders(context);
  if (FROM_METIERS.some((type) => selected.has(type))) loaders.occupations().catch(() => undefined);
  if (FROM_FICHES.some((type) => selected.has(type))) loaders.competences().catch(() => undefined);
}
