import { badUserInput } from '@packyourbag/service-kit';
import type { ItemFilter, ItemSort, ItemSortField, SortDirection } from '../generated/graphql.js';
import { MAX_PAGE_SIZE } from '../pagination/cursor-page.js';

/** A validated request for one page of a library, in one sort order. */
export interface ItemPageQuery {
  first: number;
  field: ItemSortField;
  direction: SortDirection;
  /** Sort-key values of the last item seen, its id last. */
  after?: (string | number)[];
  categoryId?: string;
  search?: string;
  includeArchived: boolean;
}

interface SortKey {
  expression: string;
  cast: 'text' | 'int' | 'timestamptz';
}

/** The keys each order sorts by, the item id always last so the order is total and pages never skip. */
export const SORT_KEYS: Record<ItemSortField, SortKey[]> = {
  CREATED: [{ expression: 'i.created_at', cast: 'timestamptz' }],
  NAME: [{ expression: 'lower(i.name)', cast: 'text' }],
  WEIGHT: [{ expression: 'i.weight_mg', cast: 'int' }],
  CATEGORY: [
    { expression: "coalesce(lower(c.name), '')", cast: 'text' },
    { expression: 'lower(i.name)', cast: 'text' },
  ],
};

export function readItemPageQuery(args: {
  first?: number | null;
  after?: string | null;
  sort?: ItemSort | null;
  filter?: ItemFilter | null;
}): ItemPageQuery {
  const first = args.first ?? 20;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw badUserInput(`first must be between 0 and ${MAX_PAGE_SIZE}.`, 'first');
  }
  // Without a sort the library is newest first, as it always was.
  const field = args.sort?.field ?? 'CREATED';
  const direction = args.sort ? (args.sort.direction ?? 'ASC') : 'DESC';
  const search = args.filter?.search?.trim();
  return {
    first,
    field,
    direction,
    ...(args.after ? { after: decodeItemCursor(args.after, field, direction) } : {}),
    ...(args.filter?.categoryId ? { categoryId: args.filter.categoryId } : {}),
    ...(search ? { search } : {}),
    includeArchived: args.filter?.includeArchived ?? false,
  };
}

/** Opaque cursor: the order it belongs to and the sort-key values of the last item seen. */
export function encodeItemCursor(
  field: ItemSortField,
  direction: SortDirection,
  keys: (string | number)[],
): string {
  return Buffer.from(JSON.stringify({ o: `${field}:${direction}`, k: keys })).toString('base64url');
}

function decodeItemCursor(
  cursor: string,
  field: ItemSortField,
  direction: SortDirection,
): (string | number)[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = undefined;
  }
  const shape = parsed as { o?: unknown; k?: unknown } | undefined;
  const keys = shape?.k;
  if (
    shape?.o !== `${field}:${direction}` ||
    !Array.isArray(keys) ||
    keys.length !== SORT_KEYS[field].length + 1 ||
    !keys.every((key) => typeof key === 'string' || typeof key === 'number')
  ) {
    throw badUserInput('after is not a cursor from this API for this sort order.', 'after');
  }
  return keys as (string | number)[];
}
