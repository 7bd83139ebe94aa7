import type { GraphQLFormattedError } from 'graphql';
import { maskError } from '@packyourbag/service-kit';

/** The code an error was raised with, as opposed to one Apollo Server filled in while formatting it. */
function ownCode(error: unknown): unknown {
  if (typeof error !== 'object' || error === null || !('extensions' in error)) return undefined;
  const extensions = error.extensions;
  return typeof extensions === 'object' && extensions !== null && 'code' in extensions
    ? extensions.code
    : undefined;
}

/**
 * service-kit's maskError, fed what the error itself says. Apollo Server stamps INTERNAL_SERVER_ERROR
 * on every error that has no code before `formatError` runs, and maskError lets that code through
 * with its message, so an unexpected error (a failed subgraph connection, a bug in a plugin) would
 * reach the caller verbatim. Dropping the stamped code makes maskError treat it as the internal
 * error it is. Codes raised on purpose (ours, the subgraphs', GraphQL's validation) are untouched.
 */
export function maskRouterError(
  formatted: GraphQLFormattedError,
  original: unknown,
  onInternal: (error: unknown) => void = () => undefined,
): GraphQLFormattedError {
  if (ownCode(original) !== undefined) return maskError(formatted, original, onInternal);
  const { code: _stamped, ...extensions } = formatted.extensions ?? {};
  return maskError({ ...formatted, extensions }, original, onInternal);
}
