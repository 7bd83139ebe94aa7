/**
 * What the generators produce: plain JSON-like values plus three markers that only take their
 * final form when a case is sent. Keeping ids symbolic (`WorldRef`) makes a case reproducible from
 * its seed although every run's accounts and rows have fresh UUIDs.
 */

/** A number written as raw JSON text (`1e999`, `-0`, 30 digits): JSON.stringify cannot write it. */
export class RawJsonNumber {
  constructor(readonly text: string) {}
}

/** An enum value: a bare name in a document literal, a string in variables. */
export class EnumName {
  constructor(readonly name: string) {}
}

/** Pools of row ids: what an `id` argument names (the owner's rows, or a stranger's). */
export const ID_POOLS = [
  'item',
  'category',
  'list',
  'listEntry',
  'pack',
  'packEntry',
  'trip',
  'shareLink',
  'session',
  'personalAccessToken',
  'importJob',
] as const;
export type IdPoolName = (typeof ID_POOLS)[number];
/** Pools of values that exist only at run time: the row ids above, a stranger's share token, credentials. */
export type PoolName = IdPoolName | 'shareToken' | 'email' | 'password';

/** Whose pool: the signed-in owner's, or a stranger's (another account's valid ids). */
export type PoolOwner = 'owner' | 'stranger';

/** The `index`-th value (modulo the pool's size) of a pool, optionally disguised. */
export class WorldRef {
  constructor(
    readonly owner: PoolOwner,
    readonly pool: PoolName,
    readonly index: number,
    readonly disguise: 'none' | 'upper' | 'padded' = 'none',
  ) {}
}

/** Looks a pool value up at send time; undefined when the pool is empty. */
export type PoolLookup = (owner: PoolOwner, pool: PoolName, index: number) => string | undefined;

/** An id that exists nowhere, for an empty pool (reproducible, unlike a random one). */
const NOWHERE = '00000000-0000-4000-8000-00000000f022';

/**
 * Replaces every WorldRef by its value; `undefined` (an omitted field) is kept for the printers.
 * A wide list repeats one element object, so results are shared per object, not recomputed.
 */
export function resolveTemplate(
  value: unknown,
  lookup: PoolLookup,
  seen = new Map<object, unknown>(),
): unknown {
  if (value instanceof WorldRef) {
    const found = lookup(value.owner, value.pool, value.index) ?? NOWHERE;
    if (value.disguise === 'upper') return found.toUpperCase();
    if (value.disguise === 'padded') return ` ${found}\n`;
    return found;
  }
  if (typeof value !== 'object' || value === null || !(Array.isArray(value) || isPlainObject(value)))
    return value;
  if (seen.has(value)) return seen.get(value);
  const resolved = Array.isArray(value)
    ? value.map((element) => resolveTemplate(element, lookup, seen))
    : Object.fromEntries(
        Object.entries(value).map(([key, field]) => [key, resolveTemplate(field, lookup, seen)]),
      );
  seen.set(value, resolved);
  return resolved;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}

/** Every string inside a resolved value (for the echo allowance of the leak check), each object once. */
export function stringsIn(value: unknown, into: string[] = [], seen = new Set<object>()): string[] {
  if (typeof value === 'string') into.push(value);
  else if (value instanceof EnumName) into.push(value.name);
  else if (typeof value === 'object' && value !== null && !seen.has(value)) {
    seen.add(value);
    if (Array.isArray(value)) for (const element of value) stringsIn(element, into, seen);
    else if (isPlainObject(value)) {
      for (const [key, field] of Object.entries(value)) {
        into.push(key);
        stringsIn(field, into, seen);
      }
    }
  }
  return into;
}
