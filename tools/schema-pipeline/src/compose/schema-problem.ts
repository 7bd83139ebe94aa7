/** A position in a file of the repository, 1-based like editors show it. */
export interface SourcePosition {
  /** Path relative to the repository root, e.g. `schema/packing.graphql`. */
  file: string;
  line: number;
  column: number;
}

/**
 * One reason the contract is not acceptable. Every check reports these, so the CLI prints them the
 * same way and tests can assert on fields rather than on message wording.
 */
export interface SchemaProblem {
  /**
   * Stable code: an Apollo composition code (`INVALID_GRAPHQL`, `KEY_INVALID_FIELDS`, …),
   * `GRAPHQL_PARSE_FAILED`, `SDL_FILE_MISSING`, `STALE_GENERATED_FILE`, `BREAKING_CHANGE`, …
   */
  code: string;
  /** The subgraphs the problem is in (several for a conflict between subgraphs); empty if none applies. */
  subgraphs: string[];
  /** Schema coordinate of the element at fault (`User.items`, `User.items(first:)`, `Theme.DARK`), if known. */
  coordinate?: string;
  /** The reason, without the `[subgraph]` prefix Apollo adds. */
  message: string;
  /** Where in the SDL files, when known. */
  locations: SourcePosition[];
}

/** Renders a problem as `[subgraph] Coordinate: reason (CODE)` followed by `at file:line:col` lines. */
export function formatProblem(problem: SchemaProblem): string {
  const subgraphs = problem.subgraphs.length > 0 ? `[${problem.subgraphs.join(', ')}] ` : '';
  const coordinate = problem.coordinate ? `${problem.coordinate}: ` : '';
  const head = `${subgraphs}${coordinate}${problem.message} (${problem.code})`;
  const at = problem.locations.map((l) => `\n    at ${l.file}:${l.line}:${l.column}`).join('');
  return `${head}${at}`;
}
