import type { GraphQLFormattedError } from 'graphql';
import type { TrustedDocumentsMode } from '../config.js';
import { RouterErrorCode } from '../errors/router-error-code.js';
import type { DocumentManifest } from './manifest.js';

/** The client name the web app sends (`apollographql-client-name`). */
export const WEB_CLIENT_NAME = 'packyourbag-web';

/** The persisted-query hash of a request body or GET search parameters, if any. */
export function persistedQueryHash(extensions: unknown): string | undefined {
  if (typeof extensions !== 'object' || extensions === null || !('persistedQuery' in extensions))
    return undefined;
  const persisted = extensions.persistedQuery;
  if (typeof persisted !== 'object' || persisted === null || !('sha256Hash' in persisted)) return undefined;
  return typeof persisted.sha256Hash === 'string' ? persisted.sha256Hash : undefined;
}

/**
 * TRUSTED_DOCUMENTS=enforce-for-web: the web client may only run registered documents, by hash;
 * every other client sends what it likes (within its budget). Undefined: the request may proceed.
 */
export function refuseUntrustedWebDocument(
  mode: TrustedDocumentsMode,
  manifest: DocumentManifest,
  clientName: string | undefined,
  extensions: unknown,
): GraphQLFormattedError | undefined {
  if (mode !== 'enforce-for-web' || clientName !== WEB_CLIENT_NAME) return undefined;
  const hash = persistedQueryHash(extensions);
  if (hash === undefined) {
    return {
      message:
        'This client may only send registered documents by their sha256 hash (extensions.persistedQuery).',
      extensions: { code: RouterErrorCode.PersistedQueryIdRequired },
    };
  }
  if (!manifest.has(hash)) {
    return {
      message: `The document ${hash} is not registered for this client.`,
      extensions: { code: RouterErrorCode.PersistedQueryNotInList },
    };
  }
  return undefined;
}
