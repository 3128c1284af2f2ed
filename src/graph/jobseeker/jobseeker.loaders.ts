import { GraphQLError } from 'graphql';
import { JobSeekerForbiddenError, JobSeekerUnauthenticatedError } from '../../upstream';
import type { GraphContext } from '../context';
import { toGraphQLError } from '../shared/errors';
import { perRequest } from '../shared/per-request';
import type { SoughtJob } from './jobseeker.types';
import { toSoughtJob } from './sought-job.mapper';

export interface JobSeekerLoaders {
  /**
   * The signed-in job seeker's sought jobs, one upstream call per request at most (and per cache lifetime across
   * requests, for that job seeker alone). Rejects with UNAUTHENTICATED or FORBIDDEN.
   */
  soughtJobs(): Promise<SoughtJob[]>;
}

/**
 * Authenticated loaders: everything they hold belongs to the job seeker of this request's token. They live on the
 * request context, never in anything shared; the upstream cache keys their answers by the hashed token.
 */
export const jobSeekerLoaders = perRequest<GraphContext, JobSeekerLoaders>((context) => {
  let soughtJobs: Promise<SoughtJob[]> | undefined;
  return {
    soughtJobs() {
      soughtJobs ??= loadSoughtJobs(context);
      return soughtJobs;
    },
  };
});

async function loadSoughtJobs({ upstream, jobSeekerToken, upstreamScope }: GraphContext): Promise<SoughtJob[]> {
  if (!jobSeekerToken)
    throw unauthenticated('Sign the job seeker in and send their access token in X-Job-Seeker-Token.');
  try {
    const items = await upstream.metiersRecherches.soughtJobs(jobSeekerToken, upstreamScope);
    return items.map((item, index) => toSoughtJob(item, index + 1));
  } catch (error) {
    if (error instanceof JobSeekerUnauthenticatedError)
      throw unauthenticated('France Travail refused the job seeker token (expired or revoked): sign them in again.');
    if (error instanceof JobSeekerForbiddenError)
      throw new GraphQLError('The job seeker has not allowed this application to read their sought jobs.', {
        extensions: { code: 'FORBIDDEN', upstream: error.api },
      });
    throw toGraphQLError(error);
  }
}

function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED' } });
}
