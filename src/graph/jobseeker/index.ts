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
      // One call for the sought jobs; everything below `me` comes from that answer (matching offers and tension are
      // declared by the offers and market subgraphs that contribute them).
      'Query.me': { api: 'metiers-recherches', calls: 'perCall' },
    },
    listSizes: {
      // France Travail keeps at most two sought jobs per job seeker.
      'JobSeeker.soughtJobs': { assumed: 2 },
      'SoughtJob.mobilities': { assumed: 3 },
    },
  },
  // Offers and tension under `me` are public data, but the answer as a whole is this job seeker's own.
  cacheHints: { 'Query.me': { maxAgeSeconds: 60, scope: 'PRIVATE' } },
};
