import { isDoc, type Doc } from '../storage/doc.js';
import { setPath } from './paths.js';

/**
 * The fields an upsert copies from its filter, as MongoDB does: top-level equality conditions
 * (`{ a: 1 }`, `{ 'b.c': 2 }`, `{ d: { $eq: 3 } }`) and those inside `$and`. `$or`, ranges and
 * regexes contribute nothing.
 */
export function seedFromFilter(filter: Doc): Doc {
  const seed: Doc = {};
  collect(filter, seed);
  return seed;
}

function collect(filter: Doc, seed: Doc): void {
  for (const [key, value] of Object.entries(filter)) {
    if (key === '$and' && Array.isArray(value)) {
      for (const clause of value) if (isDoc(clause)) collect(clause, seed);
      continue;
    }
    if (key.startsWith('$') || value instanceof RegExp) continue;
    if (isDoc(value) && Object.keys(value).some((k) => k.startsWith('$'))) {
      if ('$eq' in value) setPath(seed, key, value['$eq']);
      continue;
    }
    setPath(seed, key, value);
  }
}
