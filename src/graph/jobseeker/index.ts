import type { GraphContext } from '../context';
import type { SubgraphModule } from '../subgraph';
import { jobSeekerLoaders } from './jobseeker.loaders';
import { MobilityTerritoryReference, SoughtAppellationReference, SoughtOccupationReference } from './jobseeker.types';
import { MeResolver } from './me.resolver';

export const jobseekerSubgraph: SubgraphModule<GraphContext> = {
  name: 'jobseeker',
  resolvers: [MeResolver],
  orphanedTypes: [SoughtOccupationReference, SoughtAppellationReference, MobilityTerritoryReference],
  referenceResolvers: {
    // Only this request's job seeker can be found: the key is looked up in their own sought jobs.
    SoughtJob: async (reference, context) =>
      (await jobSeekerLoaders(context).soughtJobs()).find((job) => job.id === String(reference.id)) ?? null,
  },
  costs: {
    fields: {
      'Query.me': { api: 'metiers-recherches', calls: 'perCall' },
      // Contributed to the job seeker's entity by the offers and market subgraphs; declared with the entity.
      'SoughtJob.matchingOffers': { api: 'offres', calls: 'perPage', pageSize: 150 },
      'SoughtJob.tension': { api: 'marche', calls: 'perCall' },
    },
    listSizes: {
      // France Travail keeps at most two sought jobs per job seeker.
      'JobSeeker.soughtJobs': { assumed: 2 },
      'SoughtJob.mobilities': { assumed: 3 },
    },
  },
};
