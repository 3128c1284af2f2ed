import type { GraphContext } from './context';
import { territoryDirectory } from './territory/territory-directory';
import { agenciesSubgraph } from './agencies';
import { infotravailSubgraph } from './infotravail';
import { jobseekerSubgraph } from './jobseeker';
import { marketSubgraph } from './market';
import { offersSubgraph } from './offers';
import { romeSubgraph } from './rome';
import type { SubgraphModule } from './subgraph';

/** Every subgraph of travail-graph, in composition order. */
export const subgraphModules: SubgraphModule<GraphContext>[] = [
  offersSubgraph,
  romeSubgraph,
  marketSubgraph,
  agenciesSubgraph,
  infotravailSubgraph,
  jobseekerSubgraph,
];

export { createGraphContext, type GraphContext } from './context';
export { JOB_SEEKER_TOKEN_HEADER, jobSeekerTokenFrom } from './jobseeker/job-seeker-token';

/** Loads what the graph would otherwise read on first use (the INSEE commune table), so no request pays for it. */
export function prepareGraph(): void {
  territoryDirectory.preload();
}
