import { createHash } from 'node:crypto';
import type { GraphQLFormattedError } from 'graphql';
import { RouterErrorCode } from '../errors/router-error-code.js';

const SHA256_HEX = /^[0-9a-f]{64}$/;

/** A persisted-query request the router refuses before Apollo Server sees it. */
export interface PersistedQueryRefusal {
  status: 400;
  error: GraphQLFormattedError;
}

function refusal(message: string): PersistedQueryRefusal {
  return { status: 400, error: { message, extensions: { code: RouterErrorCode.BadRequest } } };
}

/**
 * The caller's mistakes in `extensions.persistedQuery` (APQ), answered as what they are: a version
 * other than 1, a hash that is not 64 lowercase hex digits, or a query whose sha256 is not the
 * hash → 400 BAD_REQUEST. Apollo Server would answer the last two with a code-less error that the
 * router must mask as INTERNAL_SERVER_ERROR (decision 0714). An unknown hash without a query is
 * left to Apollo Server (PERSISTED_QUERY_NOT_FOUND), as is APQ switched off (…_NOT_SUPPORTED).
 */
export function refuseMalformedPersistedQuery(
  extensions: unknown,
  query: unknown,
): PersistedQueryRefusal | undefined {
  if (typeof extensions !== 'object' || extensions === null || !('persistedQuery' in extensions)) {
    return undefined;
  }
  const persisted = extensions.persistedQuery;
  if (typeof persisted !== 'object' || persisted === null) {
    return refusal('extensions.persistedQuery must be an object { version: 1, sha256Hash }.');
  }
  if (!('version' in persisted) || persisted.version !== 1) {
    return refusal('extensions.persistedQuery.version must be 1.');
  }
  const hash = 'sha256Hash' in persisted ? persisted.sha256Hash : undefined;
  if (typeof hash !== 'string' || !SHA256_HEX.test(hash)) {
    return refusal('extensions.persistedQuery.sha256Hash must be 64 lowercase hexadecimal digits.');
  }
  if (typeof query === 'string' && createHash('sha256').update(query).digest('hex') !== hash) {
    return refusal('extensions.persistedQuery.sha256Hash is not the sha256 of the query sent with it.');
  }
  return undefined;
}
