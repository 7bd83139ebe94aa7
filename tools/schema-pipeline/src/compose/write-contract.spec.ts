import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTempWorkspace, type TempWorkspace } from '../testing/temp-workspace.js';
import { composeSupergraph, type ComposedContract } from './compose-supergraph.js';
import { writeContract } from './write-contract.js';

let workspace: TempWorkspace | undefined;
afterEach(() => workspace?.remove());

function compose(rootDir: string): ComposedContract {
  const result = composeSupergraph({ rootDir });
  if (!result.ok) throw new Error('composition failed');
  return result;
}

describe('writeContract', () => {
  it('creates both files, leaves identical ones alone, and leaves no temp files behind', () => {
    workspace = createTempWorkspace();
    const contract = compose(workspace.rootDir);
    expect(writeContract(workspace.rootDir, contract).map((f) => f.status)).toEqual(['created', 'created']);
    expect(workspace.read('schema/supergraph.graphql')).toBe(contract.supergraph);
    expect(workspace.read('schema/api.graphql')).toBe(contract.apiSchema);
    expect(writeContract(workspace.rootDir, contract).map((f) => f.status)).toEqual([
      'unchanged',
      'unchanged',
    ]);

    workspace.edit(
      'schema/packing.graphql',
      '  weightMg: Int!\n  createdAt',
      '  weightMg: Int!\n  brand: String\n  createdAt',
    );
    expect(writeContract(workspace.rootDir, compose(workspace.rootDir))).toEqual([
      { path: 'schema/supergraph.graphql', status: 'updated' },
      { path: 'schema/api.graphql', status: 'updated' },
    ]);
    expect(workspace.read('schema/api.graphql')).toContain('brand: String');
    expect(readdirSync(join(workspace.rootDir, 'schema')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
