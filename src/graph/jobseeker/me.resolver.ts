import { Ctx, Query, Resolver } from 'type-graphql';
import type { GraphContext } from '../context';
import { jobSeekerLoaders } from './jobseeker.loaders';
import { JobSeeker } from './jobseeker.types';

@Resolver(() => JobSeeker)
export class MeResolver {
  @Query(() => JobSeeker, {
    nullable: true,
    description:
      'The signed-in job seeker (France Travail Connect token in the X-Job-Seeker-Token header). Null with an ' +
      'UNAUTHENTICATED error when no valid token is sent, FORBIDDEN when the job seeker did not consent; the rest ' +
      'of the query still answers.',
  })
  async me(@Ctx() context: GraphContext): Promise<JobSeeker> {
    return { soughtJobs: await jobSeekerLoaders(context).soughtJobs() };
  }
}
