import type { GraphContext } from '../context';
import type { SubgraphModule } from '../subgraph';
import { MobilityTerritoryReference, SoughtAppellationReference, SoughtOccupationReference } from './jobseeker.types';
import { MeResolver } from './me.resolver';
import { resolveSoughtJobReference } from './sought-job.reference';

export const jobseekerSubgraph: SubgraphModule<GraphContext> = {
  name: 'jobseeker',
  resolvers: [MeResolver],
  orphanedTypes: [SoughtOccupationReference, SoughtAppellationReference, MobilityTerritoryReference],
  referenceResolvers: {
    SoughtJob: resolveSoughtJobReference,
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
