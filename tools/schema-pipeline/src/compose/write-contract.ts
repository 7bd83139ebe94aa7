import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { API_SCHEMA_PATH, SUPERGRAPH_PATH, type ComposedContract } from './compose-supergraph.js';

/** What happened to one composed file. */
export interface WrittenFile {
  path: string;
  status: 'created' | 'updated' | 'unchanged';
}

/** Writes schema/supergraph.graphql and schema/api.graphql; files whose text is unchanged are not touched. */
export function writeContract(rootDir: string, contract: ComposedContract): WrittenFile[] {
  const files: [string, string][] = [
    [SUPERGRAPH_PATH, contract.supergraph],
    [API_SCHEMA_PATH, contract.apiSchema],
  ];
  return files.map(([path, content]) => {
    const absolute = join(rootDir, path);
    const before = existsSync(absolute) ? readFileSync(absolute, 'utf8') : undefined;
    if (before === content) return { path, status: 'unchanged' };
    writeFileSync(absolute, content);
    return { path, status: before === undefined ? 'created' : 'updated' };
  });
}
