import { MISSING, valuesAtPath } from '../query/paths.js';
import type { Collection } from './collection.js';

/**
 * Deletes documents past a TTL index's `expireAfterSeconds`, as MongoDB's TTL monitor does (it also
 * runs about once a minute, so expiry is never immediate there either). Only dates count; a
 * document whose field holds several dates expires with the earliest.
 */
export function expireDocuments(collections: Collection[], now: Date): number {
  let removed = 0;
  for (const collection of collections) {
    for (const spec of collection.indexSpecs) {
      const fields = Object.keys(spec.key);
      if (spec.expireAfterSeconds === undefined || fields.length !== 1) continue;
      const cutoff = now.getTime() - spec.expireAfterSeconds * 1000;
      const expired = collection.documents.filter((doc) => {
        const dates = valuesAtPath(doc, fields[0] as string).filter(
          (value): value is Date => value !== MISSING && value instanceof Date,
        );
        return dates.length > 0 && Math.min(...dates.map((date) => date.getTime())) <= cutoff;
      });
      for (const doc of expired) collection.remove(doc);
      removed += expired.length;
    }
  }
  return removed;
}
