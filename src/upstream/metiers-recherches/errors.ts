/**
 * The job seeker's token was refused. Not UpstreamErrors: the application's credentials are fine, the person's are
 * not, so the graph reports them as UNAUTHENTICATED / FORBIDDEN on the field that needed them.
 */
export class JobSeekerUnauthenticatedError extends Error {
  readonly status = 401;
  constructor(readonly api: string) {
    super('The job seeker access token is missing, invalid or expired; sign in again');
    this.name = 'JobSeekerUnauthenticatedError';
  }
}

export class JobSeekerForbiddenError extends Error {
  readonly status = 403;
  constructor(readonly api: string) {
    super('The job seeker access token does not grant access to their sought jobs (scope or consent missing)');
    this.name = 'JobSeekerForbiddenError';
  }
}
