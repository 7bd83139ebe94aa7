import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ErrorCode } from './error-code.js';

const publicCodes = new Set<string>(Object.values(ErrorCode));

/** Codes GraphQL itself produces for a malformed request; they describe the caller's document. */
const requestCodes = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * Turns any error into what a caller may see: errors we raised on purpose keep their message and
 * code; anything else (a bug, a database failure) becomes a generic INTERNAL_SERVER_ERROR with no
 * stack, and `onInternal` receives the original so it can be logged with the request id.
 */
export function maskError(
  formatted: GraphQLFormattedError,
  original: unknown,
  onInternal: (error: unknown) => void,
): GraphQLFormattedError {
  const code = formatted.extensions?.['code'];
  if (typeof code === 'string' && (publicCodes.has(code) || requestCodes.has(code))) {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  const cause = original instanceof GraphQLError ? (original.originalError ?? original) : original;
  onInternal(cause);
  return {
    message: 'Something went wrong on our side. It has been logged; please try again.',
    ...(formatted.path ? { path: formatted.path } : {}),
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    extensions: { code: ErrorCode.InternalServerError },
  };
}
