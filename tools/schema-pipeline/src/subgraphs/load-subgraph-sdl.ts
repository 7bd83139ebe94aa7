import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLError, parse, Source, type DocumentNode } from 'graphql';
import type { SchemaProblem } from '../compose/schema-problem.js';
import type { SubgraphEntry } from './subgraph-list.js';

/** A subgraph whose SDL file parsed. */
export interface ParsedSubgraph extends SubgraphEntry {
  /** Parsed with the file path as source name, so every AST location names its file. */
  document: DocumentNode;
}

/** Every parsed subgraph, plus a problem for each file that is missing or is not valid GraphQL syntax. */
export interface LoadedSubgraphs {
  parsed: ParsedSubgraph[];
  problems: SchemaProblem[];
}

/** Reads and parses every listed SDL file; keeps going after a failure so all broken files are reported. */
export function loadSubgraphSdl(rootDir: string, entries: readonly SubgraphEntry[]): LoadedSubgraphs {
  const parsed: ParsedSubgraph[] = [];
  const problems: SchemaProblem[] = [];
  for (const entry of entries) {
    const path = join(rootDir, entry.file);
    if (!existsSync(path)) {
      problems.push({
        code: 'SDL_FILE_MISSING',
        subgraphs: [entry.name],
        message: `${entry.file} does not exist (listed in schema/subgraphs.json)`,
        locations: [],
      });
      continue;
    }
    try {
      parsed.push({ ...entry, document: parse(new Source(readFileSync(path, 'utf8'), entry.file)) });
    } catch (error) {
      if (!(error instanceof GraphQLError)) throw error;
      problems.push({
        code: 'GRAPHQL_PARSE_FAILED',
        subgraphs: [entry.name],
        message: error.message,
        locations: (error.locations ?? []).map((l) => ({ file: entry.file, line: l.line, column: l.column })),
      });
    }
  }
  return { parsed, problems };
}
