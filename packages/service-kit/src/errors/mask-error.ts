import type { GraphQLFormattedError } from 'graphql';
import { ErrorCode, REQUEST_ERROR_CODES } from './error-code.js';
import { isUnavailableError } from './unavailable-error.js';

const publicCodes = new Set<string>(Object.values(ErrorCode));

/**
 * The code an error was raised with, as opposed to the one Apollo Server stamps on every error
 * without a code (INTERNAL_SERVER_ERROR) before `formatError` runs. Trusting the stamped code would
 * let an unexpected error's message (a connection string, a bug) through verbatim.
 */
function ownCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('extensions' in error)) return undefined;
  const extensions = error.extensions;
  if (typeof extensions !== 'object' || extensions === null || !('code' in extensions)) return undefined;
  return typeof extensions.code === 'string' ? extensions.code : undefined;
}

function originalCause(error: unknown): unknown {
  if (typeof error === 'object' && error !== null && 'originalError' in error && error.originalError) {
    return error.originalError;
  }
  return error;
}

/**
 * Turns any error into what a caller may see: errors raised on purpose with a public code keep
 * their message and code; anything else (a bug, a database failure) becomes a generic
 * INTERNAL_SERVER_ERROR with no stack, and `onInternal` receives the original for the log; an
 * outage becomes SERVICE_UNAVAILABLE, and `onInternal` is told so (`outage`: logged and counted,
 * but not an error report — decision 1360).
 */
export function maskError(
  formatted: GraphQLFormattedError,
  original: unknown,
  onInternal: (error: unknown, kind: { outage: boolean }) => void = () => undefined,
): GraphQLFormattedError {
  const code = ownCode(original);
  if (code !== undefined && (publicCodes.has(code) || REQUEST_ERROR_CODES.has(code))) {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions: { ...extensions, code } };
  }
  const outage = isUnavailableError(original);
  onInternal(originalCause(original), { outage });
  const generic = (message: string, code: ErrorCode): GraphQLFormattedError => ({
    message,
    ...(formatted.path ? { path: formatted.path } : {}),
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    extensions: { code },
  });
  // An outage is not a bug and never "not found": the caller may retry (issue 18).
  return outage
    ? generic(
        'Part of PackYourBag is unavailable right now; this request was not completed. Please retry in a moment.',
        ErrorCode.ServiceUnavailable,
      )
    : generic(
        'Something went wrong on our side. It has been logged; please try again.',
        ErrorCode.InternalServerError,
      );
}
