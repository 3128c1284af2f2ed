import { GraphQLError } from 'graphql';
import { badUserInput, fromUpstream, notFound, toGraphQLError } from '../../../src/graph/shared/errors';
import { UpstreamRateLimitedError, UpstreamUnavailableError } from '../../../src/upstream';

describe('graph errors', () => {
  test('user errors carry a stable code and, when given, the argument', () => {
    expect(badUserInput('bad', 'first').extensions).toEqual({ code: 'BAD_USER_INPUT', argumentName: 'first' });
    expect(badUserInput('bad').extensions).toEqual({ code: 'BAD_USER_INPUT' });
    expect(notFound('none').extensions).toEqual({ code: 'NOT_FOUND' });
  });

  test('an upstream failure becomes a GraphQL error with its code, API, reason and retry delay, nothing else', () => {
    const error = toGraphQLError(new UpstreamRateLimitedError('marche', 1)) as GraphQLError;
    expect(error).toBeInstanceOf(GraphQLError);
    expect(error.extensions).toEqual({
      code: 'UPSTREAM_RATE_LIMITED',
      upstream: 'marche',
      reason: 'UPSTREAM_QUOTA',
      retryAfterSeconds: 1,
    });
    expect(error.message).toBe(
      "France Travail Marché du travail refused the call: this application's quota is exceeded; retry in 1 s",
    );
  });

  test("our own limiter's refusal is told apart from France Travail's", () => {
    const error = toGraphQLError(new UpstreamRateLimitedError('offres', 3, 'LOCAL_QUOTA_QUEUE')) as GraphQLError;
    expect(error.extensions).toMatchObject({ code: 'UPSTREAM_RATE_LIMITED', reason: 'LOCAL_QUOTA_QUEUE' });
    expect(error.message).toMatch(/fully booked by this server's quota limiter/);
  });

  test('other errors pass through unchanged', () => {
    const own = notFound('none');
    expect(toGraphQLError(own)).toBe(own);
    const bug = new TypeError('x is undefined');
    expect(toGraphQLError(bug)).toBe(bug);
  });

  test('fromUpstream translates failures and returns values', async () => {
    await expect(fromUpstream('test', async () => 42)).resolves.toBe(42);
    await expect(
      fromUpstream('test', async () => {
        throw new UpstreamUnavailableError('offres', 'timeout');
      }),
    ).rejects.toMatchObject({ extensions: { code: 'UPSTREAM_UNAVAILABLE', upstream: 'offres', reason: 'HTTP_ERROR' } });
  });
});
