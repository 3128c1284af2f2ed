import type { GraphContext } from '../context';
import type { ReferenceResolver } from '../subgraph';
import { jobSeekerLoaders } from './jobseeker.loaders';

/** Only this request's job seeker's sought jobs can be found: the key is looked up among their own. */
export const resolveSoughtJobReference: ReferenceResolver<GraphContext> = async (reference, context) =>
  (await jobSeekerLoaders(context).soughtJobs()).find((job) => job.id === String(reference.id)) ?? null;
