import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { API_SCHEMA_PATH, SUPERGRAPH_PATH, type ComposedContract } from './compose-supergraph.js';

/** What happened to one composed file. */
export interface WrittenFile {
  path: string;
  status: 'created' | 'updated' | 'unchanged';
}

/**
 * Writes schema/supergraph.graphql and schema/api.graphql; files whose text is unchanged are not
 * touched. Each file is written beside its target and renamed over it, so a router watching the
 * supergraph never reads half a file.
 */
export function writeContract(rootDir: string, contract: ComposedContract): WrittenFile[] {
  const files: [string, string][] = [
    [SUPERGRAPH_PATH, contract.supergraph],
    [API_SCHEMA_PATH, contract.apiSchema],
  ];
  return files.map(([path, content]) => {
    const absolute = join(rootDir, path);
    const before = existsSync(absolute) ? readFileSync(absolute, 'utf8') : undefined;
    if (before === content) return { path, status: 'unchanged' };
    const temporary = `${absolute}.${process.pid}.tmp`;
    writeFileSync(temporary, content);
    renameSync(temporary, absolute);
    return { path, status: before === undefined ? 'created' : 'updated' };
  });
}
