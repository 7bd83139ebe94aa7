import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { API_SCHEMA_PATH, SUPERGRAPH_PATH, type ComposedContract } from '../compose/compose-supergraph.js';
import type { SchemaProblem } from '../compose/schema-problem.js';

function firstDifferentLine(a: string, b: string): number {
  const left = a.split('\n');
  const right = b.split('\n');
  let line = 0;
  while (line < left.length && left[line] === right[line]) line += 1;
  return line + 1;
}

/**
 * Compares the committed schema/supergraph.graphql and schema/api.graphql with a fresh composition,
 * byte for byte (composition is deterministic, so any difference means someone edited an SDL file
 * without running `npm run compose`, or edited a generated file by hand).
 */
export function findStaleContract(rootDir: string, contract: ComposedContract): SchemaProblem[] {
  const expected: [string, string][] = [
    [SUPERGRAPH_PATH, contract.supergraph],
    [API_SCHEMA_PATH, contract.apiSchema],
  ];
  const problems: SchemaProblem[] = [];
  for (const [path, content] of expected) {
    const absolute = join(rootDir, path);
    if (!existsSync(absolute)) {
      problems.push({
        code: 'STALE_SUPERGRAPH',
        subgraphs: [],
        message: `${path} is missing: run npm run compose`,
        locations: [],
      });
      continue;
    }
    const committed = readFileSync(absolute, 'utf8');
    if (committed === content) continue;
    const line = firstDifferentLine(committed, content);
    problems.push({
      code: 'STALE_SUPERGRAPH',
      subgraphs: [],
      message: `${path} is stale (differs from a fresh composition of the SDL files): run npm run compose`,
      locations: [{ file: path, line, column: 1 }],
    });
  }
  return problems;
}
