import { ApolloServerErrorCode, unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { DocumentLimitError } from '../limits/document-limits';
import { logger } from '../observability/logger';

/** graphql-js's message when a document exceeds the parser's `maxTokens` (16.x spells it "more that"). */
const TOKEN_LIMIT = /^Syntax Error: Document contains more \w+ \d+ tokens/;

/** Apollo reports a literal of the wrong type or an unknown enum value as a validation failure; to the caller it is bad input. */
const ARGUMENT_VALUE_PROBLEM =
  /^(Enum "|Value "|Expected value of type|Expected type|Int cannot represent|Float cannot represent|String cannot represent|Boolean cannot represent|ID cannot represent|Field ".+" of required type ".+" was not provided)/;

/** Apollo's persisted-query refusals carry no code of their own; clients need one to react (re-register, upgrade). */
const PERSISTED_QUERY_REFUSALS = new Map([
  [
    'provided sha does not match query',
    {
      code: 'PERSISTED_QUERY_HASH_MISMATCH',
      message: 'The persisted query hash is not the SHA-256 of the query sent.',
    },
  ],
  [
    'Unsupported persisted query version',
    { code: 'PERSISTED_QUERY_VERSION_UNSUPPORTED', message: 'Unsupported persisted query version: use version 1.' },
  ],
]);

/**
 * The last word on what leaves the server: coded errors (ours, Apollo's) pass with their message, argument problems become
 * BAD_USER_INPUT, anything unexpected becomes a bare INTERNAL_SERVER_ERROR. Never a stack trace.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const answer = formatKnownError(formatted, error);
  // A message quoting a client's value (a 100 KB "code") must not send that value back at full length.
  return answer.message.length > MAX_MESSAGE_LENGTH
    ? { ...answer, message: `${answer.message.slice(0, MAX_MESSAGE_LENGTH)}…` }
    : answer;
}

const MAX_MESSAGE_LENGTH = 500;

function formatKnownError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  const { stacktrace: _dropped, ...extensions } = (formatted.extensions ?? {}) as Record<string, unknown>;
  if (code === ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED && ARGUMENT_VALUE_PROBLEM.test(formatted.message)) {
    return { ...formatted, extensions: { ...extensions, code: 'BAD_USER_INPUT' } };
  }
  const limitCode = documentLimitCode(formatted, error);
  if (limitCode === 'TOO_MANY_TOKENS')
    return {
      message: `Document has more than ${/\d+/.exec(formatted.message)?.[0]} tokens.`,
      extensions: { ...extensions, code: limitCode },
    };
  if (limitCode) return { ...formatted, extensions: { ...extensions, code: limitCode } };
  const refusal = PERSISTED_QUERY_REFUSALS.get(formatted.message);
  if (refusal) return { message: refusal.message, extensions: { ...extensions, code: refusal.code } };
  if (typeof code === 'string' && code !== ApolloServerErrorCode.INTERNAL_SERVER_ERROR) {
    return { ...formatted, extensions };
  }
  const original = unwrapResolverError(error);
  if (original instanceof Error)
    logger().error(
      { event: 'unexpected_error', path: formatted.path?.join('.'), error: `${original.name}: ${original.message}` },
      'unexpected error',
    );
  return {
    message: 'Internal server error',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: ApolloServerErrorCode.INTERNAL_SERVER_ERROR },
  };
}

/** A document over one of the size limits: the code of that limit rather than a generic validation or parse failure. */
function documentLimitCode(formatted: GraphQLFormattedError, error: unknown): string | undefined {
  if (error instanceof GraphQLError && error.originalError instanceof DocumentLimitError)
    return String(error.originalError.extensions.code);
  if (formatted.extensions?.code === ApolloServerErrorCode.GRAPHQL_PARSE_FAILED && TOKEN_LIMIT.test(formatted.message))
    return 'TOO_MANY_TOKENS';
  return undefined;
}
