import { readFileSync } from 'node:fs';
import { ConfigError, type Logger } from '@packyourbag/service-kit';

/** Registered documents by sha256 hash (hex), as codegen's `persisted-documents.json` lists them. */
export type DocumentManifest = ReadonlyMap<string, string>;

const SHA256 = /^[0-9a-f]{64}$/;

/**
 * Reads the trusted-documents manifest once at start-up. A manifest path that was set explicitly
 * must exist and be valid; the default (the web app's codegen output) may be absent, e.g. in an
 * image without the web sources: then no documents are registered and a warning says so.
 */
export function loadDocumentManifest(path: string, explicit: boolean, logger: Logger): DocumentManifest {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if (explicit) throw new ConfigError('PERSISTED_DOCUMENTS_PATH', `cannot be read: ${String(error)}`);
    logger.warn({ path }, 'no trusted-documents manifest; no documents are registered');
    return new Map();
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new ConfigError('PERSISTED_DOCUMENTS_PATH', `is not JSON: ${path}`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new ConfigError('PERSISTED_DOCUMENTS_PATH', `must hold an object of hash → document: ${path}`);
  }
  const manifest = new Map<string, string>();
  for (const [hash, document] of Object.entries(parsed)) {
    if (!SHA256.test(hash) || typeof document !== 'string') {
      throw new ConfigError(
        'PERSISTED_DOCUMENTS_PATH',
        `has an entry that is not sha256 → document: ${hash}`,
      );
    }
    manifest.set(hash, document);
  }
  return manifest;
}
