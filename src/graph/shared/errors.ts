import { GraphQLError } from 'graphql';
import { UpstreamError, UpstreamRateLimitedError } from '../../upstream/core/errors';
import { inUpstreamGroup } from './upstream-group';

/** Stable `extensions.code` values this graph emits (besides Apollo's own). */
export type GraphErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'UPSTREAM_RATE_LIMITED'
  | 'UPSTREAM_UNAVAILABLE'
  | 'UPSTREAM_BAD_REQUEST'
  | 'UPSTREAM_UNAUTHENTICATED'
  | 'UPSTREAM_CONTRACT';

export function badUserInput(message: string, argument?: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'BAD_USER_INPUT', ...(argument ? { argumentName: argument } : {}) },
  });
}

export function notFound(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'NOT_FOUND' } });
}

/** Turns an upstream failure into a GraphQL error on the field that needed it; other errors pass through. */
export function toGraphQLError(error: unknown): unknown {
  if (error instanceof UpstreamError) {
    const extensions: Record<string, unknown> = { code: error.code, upstream: error.api };
    if (error.reason) extensions.reason = error.reason;
    if (error instanceof UpstreamRateLimitedError && error.retryAfterSeconds !== undefined)
      extensions.retryAfterSeconds = error.retryAfterSeconds;
    return new GraphQLError(error.message, { extensions });
  }
  return error;
}

/**
 * A resolver's own upstream-backed lookup, named for its trace span (`offers.referential`), reporting upstream
 * failures with their stable code.
 */
export function fromUpstream<T>(group: string, call: () => Promise<T>): Promise<T> {
  return inUpstreamGroup(group, {}, () => withUpstreamErrors(call));
}

/** Runs upstream-backed work, reporting upstream failures with their stable code. */
export async function withUpstreamErrors<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw toGraphQLError(error);
  }
}
