import type { TokenStore } from '../auth/token-store';
import { header } from '../http/request';
import { emptyResponse, jsonResponse } from '../http/response';
import type { ApiRoute } from '../routing';
import { jobSeekerById } from './job-seekers';

const BASE = '/peconnect-metiersrecherches/v1';

/**
 * `GET /peconnect-metiersrecherches/v1/metiersrecherches` (upstream-apis §7): the sought jobs of the job seeker whose
 * token is presented. The gateway has already checked the token and its scope; an application token never gets here.
 */
export function metiersRecherchesRoutes(tokens: TokenStore): ApiRoute[] {
  return [
    {
      api: 'metiers-recherches',
      method: 'GET',
      template: `${BASE}/metiersrecherches`,
      handle: (request) => {
        const token = /^Bearer\s+(\S+)$/i.exec(header(request, 'authorization') ?? '')?.[1];
        const lookup = token ? tokens.lookup(token) : undefined;
        const jobSeeker = lookup?.status === 'valid' ? lookup.grant.jobSeeker : undefined;
        const profile = jobSeeker ? jobSeekerById(jobSeeker) : undefined;
        if (!profile) return emptyResponse(403);
        return jsonResponse(200, profile.metiersRecherches);
      },
    },
  ];
}
