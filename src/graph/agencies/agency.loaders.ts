import type DataLoader from 'dataloader';
import type { GraphContext } from '../context';
import { keyedLoader, wholeListLoader } from '../shared/loaders';
import { perRequest } from '../shared/per-request';
import { type AgencyDirectory, agencyDirectoryOf } from './agency-directory';
import { toAgency } from './agency.mapper';
import type { Agency } from './agency.types';

export interface AgencyLoaders {
  /** The whole referential: one upstream call per cache lifetime, shared by every agency field of the request. */
  directory(): Promise<AgencyDirectory>;
  /** Agencies competent for a commune (INSEE code): one upstream call per commune per cache lifetime. */
  competent: DataLoader<string, Agency[], string>;
}

export const agencyLoaders = perRequest<GraphContext, AgencyLoaders>(({ upstream, upstreamScope }) => ({
  directory: wholeListLoader('agencies.directory', async () =>
    agencyDirectoryOf(await upstream.agences.listAgences(upstreamScope)),
  ),
  competent: keyedLoader({
    name: 'agencies.competent',
    load: async (commune: string) => (await upstream.agences.agencesCompetentes(commune, upstreamScope)).map(toAgency),
  }),
}));
