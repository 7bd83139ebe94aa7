import { ErrorCode } from '@packyourbag/service-kit';
import { GraphQLError } from 'graphql';

/**
 * CONFLICT for an edit based on an old version: someone else changed the object since the client
 * read it. `currentVersion` lets the client reload and retry (or show both versions).
 */
export function staleVersion(what: string, id: string, currentVersion: number): GraphQLError {
  return new GraphQLError(`${what} ${id} was changed by someone else (now version ${currentVersion}).`, {
    extensions: { code: ErrorCode.Conflict, id, currentVersion, field: 'expectedVersion' },
  });
}
