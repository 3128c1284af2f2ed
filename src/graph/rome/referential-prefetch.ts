import type { WarmUpRequest } from '../../federation';
import type { GraphContext } from '../context';
import { romeLoaders } from './rome.loaders';

/** Types whose fields are answered from the ROME métiers list (occupations with their appellations). */
const FROM_METIERS = ['Occupation', 'RomeAppellation', 'AppellationMatch'];
/** Types answered from the ROME fiches métiers list. */
const FROM_FICHES = ['Competence'];

/**
 * The rome subgraph's warm-up: when the operation selects types answered from the ROME whole lists, their loading
 * starts as the request does, so on a cold cache it overlaps other subgraphs' upstream calls (an offers search)
 * instead of following them. Loading is memoised per request: the resolvers that need a list share this call, and a
 * failure surfaces there.
 */
export function warmUpRomeReferentials({ selectedTypes, context }: WarmUpRequest<GraphContext>): void {
  const loaders = romeLoaders(context);
  if (FROM_METIERS.some((type) => selectedTypes.has(type))) loaders.occupations().catch(() => undefined);
  if (FROM_FICHES.some((type) => selectedTypes.has(type))) loaders.competences().catch(() => undefined);
}
