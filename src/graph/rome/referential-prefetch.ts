import type { GraphContext } from '../context';
import { romeLoaders } from './rome.loaders';

/** Types whose fields are answered from the ROME métiers list (occupations with their appellations). */
const FROM_METIERS = ['Occupation', 'RomeAppellation', 'AppellationMatch'];
/** Types answered from the ROME fiches métiers list. */
const FROM_FICHES = ['Competence'];

/**
 * Starts loading the ROME referentials an operation will need as soon as it is known, instead of when execution
 * first reaches one of their fields (after the offers page, say): on a cold cache the whole-list calls then overlap
 * the first calls of the query. Loading is idempotent and memoised per request, so resolvers share the same call;
 * a failure surfaces in the resolvers that need the list.
 */
export function prefetchRomeReferentials(context: GraphContext, selectedTypes: ReadonlySet<string>): void {
  const loaders = romeLoaders(context);
  if (FROM_METIERS.some((type) => selectedTypes.has(type))) loaders.occupations().catch(() => undefined);
  if (FROM_FICHES.some((type) => selectedTypes.has(type))) loaders.competences().catch(() => undefined);
}
