import { getLocation, type GraphQLError } from 'graphql';
import type { ParsedSubgraph } from '../subgraphs/load-subgraph-sdl.js';
import { coordinateAt } from './schema-coordinate.js';
import type { SchemaProblem, SourcePosition } from './schema-problem.js';

const SUBGRAPH_PREFIX = /^\[([\w-]+)\]\s*/;
const QUOTED_SUBGRAPH = /subgraphs? "([\w-]+)"(?: and "([\w-]+)")?/g;
const QUOTED_COORDINATE = /"(@?[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)?(?:\([A-Za-z_]\w*:\))?)"/;

function unique(values: Iterable<string>): string[] {
  return [...new Set(values)];
}

/**
 * Turns an Apollo composition error into a problem naming subgraph(s), coordinate and file positions.
 * Apollo attaches the offending AST nodes; their source name is the SDL file (see loadSubgraphSdl),
 * which maps back to the subgraph. Errors without nodes (satisfiability) fall back to the names the
 * message quotes.
 */
export function compositionProblem(error: GraphQLError, subgraphs: readonly ParsedSubgraph[]): SchemaProblem {
  const byFile = new Map(subgraphs.map((s) => [s.file, s]));
  const names: string[] = [];
  const coordinates: string[] = [];
  const locations: SourcePosition[] = [];
  for (const node of error.nodes ?? []) {
    const loc = node.loc;
    const subgraph = loc ? byFile.get(loc.source.name) : undefined;
    if (!loc || !subgraph) continue;
    names.push(subgraph.name);
    const { line, column } = getLocation(loc.source, loc.start);
    locations.push({ file: subgraph.file, line, column });
    const coordinate = coordinateAt(subgraph.document, loc);
    if (coordinate) coordinates.push(coordinate);
  }
  const prefix = SUBGRAPH_PREFIX.exec(error.message);
  if (prefix?.[1]) names.unshift(prefix[1]);
  if (names.length === 0) {
    for (const match of error.message.matchAll(QUOTED_SUBGRAPH))
      names.push(...match.slice(1).filter(Boolean));
  }
  const message = error.message.replace(SUBGRAPH_PREFIX, '');
  const coordinate = coordinates[0] ?? QUOTED_COORDINATE.exec(message)?.[1];
  const code = typeof error.extensions['code'] === 'string' ? error.extensions['code'] : 'COMPOSITION_ERROR';
  return {
    code,
    subgraphs: unique(names).filter((n) => subgraphs.some((s) => s.name === n)),
    ...(coordinate ? { coordinate } : {}),
    message,
    locations,
  };
}
