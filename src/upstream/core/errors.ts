/**
 * Errors raised by upstream clients. Each carries a stable `code` that the graph layer
 * exposes as `extensions.code`; messages never contain tokens, secrets or raw bodies.
 */
export type UpstreamErrorCode =
  | 'UPSTREAM_RATE_LIMITED'
  | 'UPSTREAM_UNAVAILABLE'
  | 'UPSTREAM_BAD_REQUEST'
  | 'UPSTREAM_UNAUTHENTICATED'
  | 'UPSTREAM_CONTRACT';

export class UpstreamError extends Error {
  constructor(
    readonly code: UpstreamErrorCode,
    message: string,
    /** Which France Travail API failed, e.g. "offres" or "rome-metiers". */
    readonly api: string,
    /** HTTP status received, when there was a response. */
    readonly status?: number,
  ) {
    super(message);
    this.name = 'UpstreamError';
  }
}

export class UpstreamRateLimitedError extends UpstreamError {
  constructor(
    api: string,
    readonly retryAfterSeconds?: number,
  ) {
    super('UPSTREAM_RATE_LIMITED', `France Travail ${api} API quota exceeded; retry later`, api, 429);
  }
}

export class UpstreamUnavailableError extends UpstreamError {
  constructor(api: string, detail: string, status?: number) {
    super('UPSTREAM_UNAVAILABLE', `France Travail ${api} API unavailable: ${detail}`, api, status);
  }
}

export class UpstreamBadRequestError extends UpstreamError {
  constructor(api: string, upstreamMessage: string) {
    super('UPSTREAM_BAD_REQUEST', `France Travail ${api} API rejected the request: ${upstreamMessage}`, api, 400);
  }
}

export class UpstreamUnauthenticatedError extends UpstreamError {
  constructor(api: string, detail: string, status?: number) {
    super('UPSTREAM_UNAUTHENTICATED', `France Travail ${api} API refused our credentials: ${detail}`, api, status);
  }
}

/** France Travail answered with a shape its documented contract does not allow (a field missing or of another type). */
export class UpstreamContractError extends UpstreamError {
  constructor(
    api: string,
    endpoint: string,
    /** Dotted path of the first offending field in the answer, e.g. "resultats.3.lieuTravail.libelle". */
    readonly field: string,
    expected: string,
  ) {
    super(
      'UPSTREAM_CONTRACT',
      `France Travail ${api} API answered ${endpoint} with an unexpected shape at "${field}": ${expected}`,
      api,
    );
  }
}
