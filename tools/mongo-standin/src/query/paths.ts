import { isDoc, type Doc } from '../storage/doc.js';

/** Marks "no value here", which MongoDB tells apart from an explicit null. */
export const MISSING: unique symbol = Symbol('missing');
export type Resolved = unknown | typeof MISSING;

const isArrayIndex = (segment: string): boolean => /^\d+$/.test(segment);

/**
 * The values a dotted path reaches, the way MongoDB indexes and `distinct` see them: arrays along the
 * way fan out over their elements (unless the next segment is an index), and an array at the end
 * contributes its elements (an empty array contributes MISSING).
 */
export function valuesAtPath(value: unknown, path: string): Resolved[] {
  return walk(value, path.split('.'));
}

function walk(value: unknown, segments: string[]): Resolved[] {
  if (segments.length === 0) {
    if (Array.isArray(value)) return value.length === 0 ? [MISSING] : value;
    return [value];
  }
  const [head, ...rest] = segments as [string, ...string[]];
  if (Array.isArray(value)) {
    if (isArrayIndex(head)) return value.length > Number(head) ? walk(value[Number(head)], rest) : [MISSING];
    const reached = value.flatMap((element) => (isDoc(element) ? walk(element, segments) : []));
    return reached.length === 0 ? [MISSING] : reached;
  }
  if (isDoc(value) && head in value) return walk(value[head], rest);
  return [MISSING];
}

/** Sets a dotted path, creating intermediate documents (used to seed upserts from a filter). */
export function setPath(target: Doc, path: string, value: unknown): void {
  const segments = path.split('.');
  let node: Doc = target;
  for (const segment of segments.slice(0, -1)) {
    const next = node[segment];
    if (isDoc(next)) {
      node = next;
    } else {
      const created: Doc = {};
      node[segment] = created;
      node = created;
    }
  }
  node[segments[segments.length - 1] as string] = value;
}

/** What sits at a dotted path when an update is about to write there. */
export type PathProbe =
  | { kind: 'value'; value: unknown }
  | { kind: 'missing' }
  /** A scalar (or an array asked for a field name) stands in the way; MongoDB answers PathNotViable. */
  | { kind: 'blocked'; at: string; blocker: unknown; field: string };

export function probePath(doc: Doc, path: string): PathProbe {
  const segments = path.split('.');
  let node: unknown = doc;
  for (let i = 0; i < segments.length; i += 1) {
    const segment = segments[i] as string;
    if (isDoc(node)) {
      if (!(segment in node)) return { kind: 'missing' };
      node = node[segment];
    } else if (Array.isArray(node) && isArrayIndex(segment)) {
      if (Number(segment) >= node.length) return { kind: 'missing' };
      node = node[Number(segment)];
    } else {
      return { kind: 'blocked', at: segments.slice(0, i).join('.'), blocker: node, field: segment };
    }
  }
  return { kind: 'value', value: node };
}
