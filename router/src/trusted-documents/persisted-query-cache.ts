import type { PersistedQueryOptions } from '@apollo/server';
import { BoundedCache } from '../plugins/demand-control/bounded-cache.js';
import type { DocumentManifest } from './manifest.js';

/** Apollo Server's cache contract for APQ (@apollo/utils.keyvaluecache's KeyValueCache<string>). */
type PersistedQueryStore = NonNullable<PersistedQueryOptions['cache']>;

export interface PersistedQueryCacheOptions {
  manifest: DocumentManifest;
  /**
   * Ad-hoc documents registered through APQ (hash + query) kept, least recently used dropped.
   * @default 1000
   */
  registeredSize?: number;
}

/**
 * Apollo Server's APQ store: the trusted documents from the manifest (never evicted, never
 * overwritten), then documents third parties registered by hash + query. Apollo Server verifies
 * that a registered query hashes to its id before storing it. Keys arrive prefixed (`apq:`).
 */
export function createPersistedQueryCache(options: PersistedQueryCacheOptions): PersistedQueryStore {
  const registered = new BoundedCache<string>(options.registeredSize ?? 1000);
  const hashOf = (key: string) => key.slice(key.lastIndexOf(':') + 1);
  return {
    async get(key) {
      const hash = hashOf(key);
      return options.manifest.get(hash) ?? registered.get(hash);
    },
    async set(key, value) {
      const hash = hashOf(key);
      if (!options.manifest.has(hash)) registered.set(hash, value);
    },
    async delete(key) {
      return !options.manifest.has(hashOf(key));
    },
  };
}
