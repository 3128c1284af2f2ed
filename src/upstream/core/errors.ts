import { apiName } from './api-names';

/**
 * Errors raised by upstream clients. Each carries a stable `code` that the graph layer
 * exposes as `extensions.code`, and a `reason` telling which kind of failure it was (`extensions.reason`);
 * messages name the API in France Travail's words and never contain tokens, secrets, raw bodies or socket error codes.
 */
export type UpstreamErrorCode =
  | 'UPSTREAM_RATE_LIMITED'
  | 'UPSTREAM_UNAVAILABLE'
  | 'UPSTREAM_BAD_REQUEST'
  | 'UPSTREAM_UNAUTHENTICATED'
  | 'UPSTREAM_CONTRACT';

export type UpstreamFailureReason =
  /** No answer in time: the per-attempt timeout (FT_TIMEOUT_MS) or the request's deadline (REQUEST_DEADLINE_MS). */
  | 'TIMEOUT'
  /** The connection was refused or broken. */
  | 'NETWORK'
  /** A 5xx, or a status the client has no use for. */
  | 'HTTP_ERROR'
  /** An answer that is not readable JSON. */
  | 'MALFORMED_ANSWER'
  /** The API failed repeatedly just before: calls are not even attempted until a probe succeeds. */
  | 'CIRCUIT_OPEN'
  /** France Travail itself refused the call with 429 (its quota for this application). */
  | 'UPSTREAM_QUOTA'
  /** This server's own limiter would have had to hold the call longer than the request allows. */
  | 'LOCAL_QUOTA_QUEUE';

export class UpstreamError extends Error {
  constructor(
    readonly code: UpstreamErrorCode,
    message: string,
    /** Which France Travail API failed, e.g. "offres" or "rome-metiers". */
    readonly api: string,
    /** HTTP status received, when there was a response. */
    readonly status?: number,
    readonly reason?: UpstreamFailureReason,
  ) {
    super(message);
    this.name = 'UpstreamError';
  }
}

export class UpstreamRateLimitedError extends UpstreamError {
  constructor(
    api: string,
    readonly retryAfterSeconds: number | undefined,
    source: 'UPSTREAM_QUOTA' | 'LOCAL_QUOTA_QUEUE' = 'UPSTREAM_QUOTA',
  ) {
    const retry = retryAfterSeconds === undefined ? 'retry later' : `retry in ${retryAfterSeconds} s`;
    super(
      'UPSTREAM_RATE_LIMITED',
      source === 'UPSTREAM_QUOTA'
        ? `${apiName(api)} refused the call: this application's quota is exceeded; ${retry}`
        : `${apiName(api)} is fully booked by this server's quota limiter for longer than the request allows; ${retry}`,
      api,
      source === 'UPSTREAM_QUOTA' ? 429 : undefined,
      source,
    );
  }
}

export class UpstreamUnavailableError extends UpstreamError {
  constructor(api: string, detail: string, status?: number, reason: UpstreamFailureReason = 'HTTP_ERROR') {
    super('UPSTREAM_UNAVAILABLE', `${apiName(api)} unavailable: ${detail}`, api, status, reason);
  }
}

/** No answer within the time this call had: the per-attempt timeout or what was left of the request's deadline. */
export class UpstreamTimeoutError extends UpstreamError {
  constructor(
    api: string,
    readonly waitedMs: number,
  ) {
    super(
      'UPSTREAM_UNAVAILABLE',
      `${apiName(api)} did not answer within ${seconds(waitedMs)}`,
      api,
      undefined,
      'TIMEOUT',
    );
  }
}

/** The API's circuit is open: it failed repeatedly moments ago, so the call is refused without being attempted. */
export class UpstreamCircuitOpenError extends UpstreamError {
  constructor(api: string) {
    super(
      'UPSTREAM_UNAVAILABLE',
      `${apiName(api)} is failing; calls to it are suspended for a few seconds`,
      api,
      undefined,
      'CIRCUIT_OPEN',
    );
  }
}

export class UpstreamBadRequestError extends UpstreamError {
  constructor(api: string, upstreamMessage: string) {
    super('UPSTREAM_BAD_REQUEST', `${apiName(api)} rejected the request: ${upstreamMessage}`, api, 400);
  }
}

export class UpstreamUnauthenticatedError extends UpstreamError {
  constructor(api: string, detail: string, status?: number) {
    super('UPSTREAM_UNAUTHENTICATED', `${apiName(api)} refused our credentials: ${detail}`, api, status);
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
      `${apiName(api)} answered ${endpoint} with an unexpected shape at "${field}": ${expected}`,
      api,
    );
  }
}

function seconds(ms: number): string {
  const value = ms / 1000;
  return `${value >= 10 || Number.isInteger(value) ? Math.round(value) : value.toFixed(1)} s`;
}
