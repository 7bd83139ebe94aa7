import { CommandError, ErrorCode } from '../errors.js';
import { asFilter } from '../query/filter.js';
import { MISSING, valuesAtPath } from '../query/paths.js';
import { checkCollation, runQuery } from '../query/run-query.js';
import { valueKey } from '../storage/bson-values.js';
import type { CommandDefinition } from './command-context.js';
import { collectionName, optionalInt } from './command-args.js';

/** `count` (estimatedDocumentCount and legacy count) and `distinct`. */
export const countDistinctCommands: Record<string, CommandDefinition> = {
  count: {
    fields: ['query', 'limit', 'skip', 'hint', 'collation'],
    handler: (command, context) => {
      checkCollation(command);
      const documents =
        context.store.collection(context.db, collectionName(command, 'count'))?.documents ?? [];
      const limit = optionalInt(command, 'limit');
      const matches = runQuery(documents, {
        filter: asFilter(command['query'], 'query'),
        skip: optionalInt(command, 'skip'),
        limit: limit === undefined ? undefined : Math.abs(limit),
      });
      return { n: matches.length };
    },
  },
  distinct: {
    fields: ['key', 'query', 'collation', 'hint'],
    handler: (command, context) => {
      checkCollation(command);
      const key = command['key'];
      if (typeof key !== 'string' || key.length === 0) {
        throw new CommandError(
          ErrorCode.TypeMismatch,
          "BSON field 'distinct.key' must be a non-empty string",
        );
      }
      const documents =
        context.store.collection(context.db, collectionName(command, 'distinct'))?.documents ?? [];
      const matches = runQuery(documents, { filter: asFilter(command['query'], 'query') });
      const seen = new Map<string, unknown>();
      for (const doc of matches) {
        for (const value of valuesAtPath(doc, key)) {
          if (value === MISSING) continue;
          const id = valueKey(value);
          if (!seen.has(id)) seen.set(id, value);
        }
      }
      return { values: [...seen.values()] };
    },
  },
};
