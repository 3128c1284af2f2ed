import type { Upstream } from '../upstream';

/** Why an offer's appellation could not be resolved, reported in the response's `extensions.appellationMatching`. */
export interface AppellationMismatchReport {
  offerId: string;
  romeCode: string | null;
  label: string | null;
  reason: string;
  message: string;
}

/** The context every resolver receives. Cheap to build: loaders are created on first use (see perRequest). */
export interface GraphContext {
  upstream: Upstream;
  /** Who is asking (`X-Client-Id`, else the remote address), so the upstream quota can be shared fairly between clients. */
  clientId: string;
  /** Collected during execution; the server copies them into the response extensions. */
  diagnostics: { appellationMismatches: AppellationMismatchReport[] };
  /**
   * The signed-in job seeker's France Travail Connect access token (header X-Job-Seeker-Token), when the BFF sent
   * one. Only the Métiers recherchés client may read it: never log it, never put it in an error or a key.
   */
  jobSeekerToken?: string;
}

export interface GraphRequest {
  /** `X-Client-Id`, else the remote address (see src/server). */
  clientId?: string;
  /** From the request's X-Job-Seeker-Token header (see src/graph/jobseeker/job-seeker-token.ts). */
  jobSeekerToken?: string;
}

export function createGraphContext(upstream: Upstream, request: GraphRequest = {}): GraphContext {
  return {
    upstream,
    clientId: request.clientId ?? 'local',
    diagnostics: { appellationMismatches: [] },
    jobSeekerToken: request.jobSeekerToken,
  };
}
