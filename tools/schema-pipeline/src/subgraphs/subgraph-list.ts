import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where the subgraph list lives, relative to the repository root. */
export const SUBGRAPH_LIST_PATH = 'schema/subgraphs.json';

/** One subgraph as listed in schema/subgraphs.json. */
export interface SubgraphEntry {
  /** Subgraph name, also the join__Graph name in the supergraph (e.g. `packing`). */
  name: string;
  /** SDL file, relative to the repository root (e.g. `schema/packing.graphql`). */
  file: string;
  /** Default routing URL written into the supergraph. */
  url: string;
}

/** Thrown when schema/subgraphs.json is missing or malformed; the message names the file and the entry. */
export class SubgraphListError extends Error {
  override readonly name = 'SubgraphListError';
}

const NAME_PATTERN = /^[a-z][a-z0-9-]*$/;

/**
 * Reads and validates `schema/subgraphs.json` under `rootDir`. Entry order is kept: it is the order
 * subgraphs are composed in, so it must not depend on directory listing order.
 */
export function readSubgraphList(rootDir: string): SubgraphEntry[] {
  const path = join(rootDir, SUBGRAPH_LIST_PATH);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new SubgraphListError(`${SUBGRAPH_LIST_PATH}: ${(error as Error).message}`);
  }
  const list = (raw as { subgraphs?: unknown } | null)?.subgraphs;
  if (!Array.isArray(list) || list.length === 0) {
    throw new SubgraphListError(`${SUBGRAPH_LIST_PATH}: expected a non-empty "subgraphs" array`);
  }
  const seen = new Set<string>();
  return list.map((entry: unknown, index) => {
    const where = `${SUBGRAPH_LIST_PATH}: subgraphs[${index}]`;
    const { name, file, url } = (entry ?? {}) as Record<string, unknown>;
    if (typeof name !== 'string' || !NAME_PATTERN.test(name)) {
      throw new SubgraphListError(`${where}.name must match ${NAME_PATTERN}`);
    }
    if (seen.has(name)) throw new SubgraphListError(`${where}.name "${name}" is listed twice`);
    seen.add(name);
    if (typeof file !== 'string' || file.length === 0) {
      throw new SubgraphListError(`${where}.file must be an SDL file name relative to schema/`);
    }
    if (typeof url !== 'string' || !URL.canParse(url)) {
      throw new SubgraphListError(`${where}.url must be an absolute URL`);
    }
    return { name, file: `schema/${file}`, url };
  });
}
