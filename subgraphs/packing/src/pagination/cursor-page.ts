import { badUserInput } from '@packyourbag/service-kit';

/** Relay page size bounds: the router's cost model multiplies by `first`, so it is capped. */
export const MAX_PAGE_SIZE = 100;

export interface PageRequest {
  first: number;
  /** Decoded `after` cursor: the sort position of the last item seen. */
  after?: { createdAt: Date; id: string };
}

export function readPageRequest(
  first: number | null | undefined,
  after: string | null | undefined,
): PageRequest {
  const size = first ?? 20;
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE) {
    throw badUserInput(`first must be between 0 and ${MAX_PAGE_SIZE}.`, 'first');
  }
  return after ? { first: size, after: decodeCursor(after) } : { first: size };
}

export function encodeCursor(position: { createdAt: Date; id: string }): string {
  return Buffer.from(`${position.createdAt.toISOString()}|${position.id}`).toString('base64url');
}

function decodeCursor(cursor: string): { createdAt: Date; id: string } {
  const [iso, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const createdAt = new Date(iso ?? '');
  if (!id || Number.isNaN(createdAt.getTime()))
    throw badUserInput('after is not a cursor from this API.', 'after');
  return { createdAt, id };
}

/**
 * A page as the resolvers return it (the mapper of every *Connection type, codegen.ts). `totalCount`
 * is a function: graphql-js calls a function-valued field when, and only when, a query selects it,
 * so most pages (the web's first screens, the `me` read) cost no count statement (decision 1432).
 */
export interface Connection<Node> {
  edges: { cursor: string; node: Node }[];
  nodes: Node[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: () => Promise<number>;
}

/** Runs `count` at most once, on the first call (a query may select totalCount under two aliases). */
export function countOnce(count: () => Promise<number>): () => Promise<number> {
  let counted: Promise<number> | undefined;
  return () => (counted ??= count());
}

/** Builds a connection from one over-fetched page (`first + 1` rows tells whether more exist). */
export function toConnection<Node extends { createdAt: Date; id: string }>(
  rows: Node[],
  first: number,
  count: () => Promise<number>,
): Connection<Node> {
  const nodes = rows.slice(0, first);
  const edges = nodes.map((node) => ({ cursor: encodeCursor(node), node }));
  return {
    edges,
    nodes,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount: countOnce(count),
  };
}

/** Newest first, ties broken by id: the order every (createdAt, id) cursor is a position in. */
export const NEWEST_FIRST = [{ createdAt: 'desc' }, { id: 'desc' }] as const satisfies readonly Record<
  string,
  'asc' | 'desc'
>[];

/**
 * The `where` fragment for rows after a newest-first cursor (keyset pagination: stable under
 * inserts, no OFFSET); empty on the first page.
 */
export function newestFirstAfter(after: PageRequest['after']) {
  return after
    ? { OR: [{ createdAt: { lt: after.createdAt } }, { createdAt: after.createdAt, id: { lt: after.id } }] }
    : {};
}
