import {
  ANONYMOUS_CLIENT,
  Deadline,
  type RequestScope,
  type StaleNotice,
  type Upstream,
  type UpstreamTally,
} from '../upstream';

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
  /** When this request must be answered by (REQUEST_DEADLINE_MS from its arrival); bounds every upstream wait. */
  deadline: Deadline;
  /** Who is asking (`X-Client-Id`, else the remote address), so the upstream quota can be shared fairly between clients. */
  clientId: string;
  /** What upstream clients are told of this request: its deadline, its client, where stale answers are reported. */
  upstreamScope: RequestScope;
  /** Collected during execution; the server copies them into the response extensions. */
  diagnostics: {
    appellationMismatches: AppellationMismatchReport[];
    /** Cached answers served past their lifetime because France Travail failed: one per API, the oldest. */
    staleData: StaleNotice[];
  };
  /**
   * The signed-in job seeker's France Travail Connect access token (header X-Job-Seeker-Token), when the BFF sent
   * one. Only the Métiers recherchés client may read it: never log it, never put it in an error or a key.
   */
  jobSeekerToken?: string;
}

export interface GraphRequest {
  /** `X-Client-Id`, else the remote address (see src/server); 'anonymous' when unknown. */
  clientId?: string;
  /** From the request's X-Job-Seeker-Token header (see src/graph/jobseeker/job-seeker-token.ts). */
  jobSeekerToken?: string;
  /** Where the server counts this request's upstream calls and cache lookups. */
  tally?: UpstreamTally;
}

export function createGraphContext(upstream: Upstream, request: GraphRequest = {}): GraphContext {
  const deadline = Deadline.after(upstream.requestDeadlineMs);
  const clientId = request.clientId || ANONYMOUS_CLIENT;
  const diagnostics: GraphContext['diagnostics'] = { appellationMismatches: [], staleData: [] };
  const onStale = (notice: StaleNotice) => {
    const known = diagnostics.staleData.find((report) => report.api === notice.api);
    if (!known) diagnostics.staleData.push(notice);
    else known.ageSeconds = Math.max(known.ageSeconds, notice.ageSeconds);
  };
  return {
    upstream,
    deadline,
    clientId,
    upstreamScope: { deadline, clientId, onStale, tally: request.tally },
    diagnostics,
    jobSeekerToken: request.jobSeekerToken,
  };
}
