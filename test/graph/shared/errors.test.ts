import { GraphQLError } from 'graphql';
import { badUserInput, fromUpstream, notFound, toGraphQLError } from '../../../src/graph/shared/errors';
import { UpstreamRateLimitedError, UpstreamUnavailableError } from '../../../src/upstream';

describe('graph errors', () => {
  test('user errors carry a stable code and, when given, the argument', () => {
    expect(badUserInput('bad', 'first').extensions).toEqual({ code: 'BAD_USER_INPUT', argumentName: 'first' });
    expect(badUserInput('bad').extensions).toEqual({ code: 'BAD_USER_INPUT' });
    expect(notFound('none').extensions).toEqual({ code: 'NOT_FOUND' });
  });

  test('an upstream failure becomes a GraphQL error with its code and API, nothing else', () => {
    const error = toGraphQLError(new UpstreamRateLimitedError('marche', 1)) as GraphQLError;
    expect(error).toBeInstanceOf(GraphQLError);
    expect(error.extensions).toEqual({ code: 'UPSTREAM_RATE_LIMITED', upstream: 'marche' });
    expect(error.message).toBe('France Travail marche API quota exceeded; retry later');
  });

  test('other errors pass through unchanged', () => {
    const own = notFound('none');
    expect(toGraphQLError(own)).toBe(own);
    const bug = new TypeError('x is undefined');
    expect(toGraphQLError(bug)).toBe(bug);
  });

  test('fromUpstream translates failures and returns values', async () => {
    await expect(fromUpstream(async () => 42)).resolves.toBe(42);
    await expect(
      fromUpstream(async () => {
        throw new UpstreamUnavailableError('offres', 'timeout');
      }),
    ).rejects.toMatchObject({ extensions: { code: 'UPSTREAM_UNAVAILABLE', upstream: 'offres' } });
  });
});
