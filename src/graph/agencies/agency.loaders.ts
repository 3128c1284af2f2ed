import DataLoader from 'dataloader';
import type { GraphContext } from '../context';
import { fromUpstream } from '../shared/errors';
import { perRequest } from '../shared/per-request';
import { type AgencyDirectory, agencyDirectoryOf } from './agency-directory';
import { toAgency } from './agency.mapper';
import type { Agency } from './agency.types';

export interface AgencyLoaders {
  /** The whole referential: one upstream call per cache lifetime, shared by every agency field of the request. */
  directory(): Promise<AgencyDirectory>;
  /** Agencies competent for a commune (INSEE code): one upstream call per commune per cache lifetime. */
  competent: DataLoader<string, Agency[]>;
}

export const agencyLoaders = perRequest<GraphContext, AgencyLoaders>(({ upstream }) => {
  let directory: Promise<AgencyDirectory> | undefined;
  return {
    directory: () => (directory ??= fromUpstream(() => upstream.agences.listAgences()).then(agencyDirectoryOf)),
    competent: new DataLoader<string, Agency[]>((communes) =>
      Promise.all(
        communes.map((commune) =>
          fromUpstream(() => upstream.agences.agencesCompetentes(commune)).then(
            (list) => list.map(toAgency),
            (error: Error) => error,
          ),
        ),
      ),
    ),
  };
});
