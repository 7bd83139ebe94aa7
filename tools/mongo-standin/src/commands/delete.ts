import { CommandError, ErrorCode } from '../errors.js';
import { asFilter } from '../query/filter.js';
import { checkCollation, runQuery } from '../query/run-query.js';
import type { Doc } from '../storage/doc.js';
import type { CommandDefinition } from './command-context.js';
import { collectionName, docArray } from './command-args.js';

/** `delete`: each statement removes its first match (`limit: 1`) or all matches (`limit: 0`). */
export const deleteCommands: Record<string, CommandDefinition> = {
  delete: {
    fields: ['deletes', 'ordered', 'let'],
    handler: (command, context) => {
      const name = collectionName(command, 'delete');
      const statements = docArray(command, 'deletes');
      const ordered = command['ordered'] !== false;
      const collection = context.store.collection(context.db, name);
      let n = 0;
      const writeErrors: Doc[] = [];
      for (const [index, statement] of statements.entries()) {
        try {
          const limit = statement['limit'];
          if (limit !== 0 && limit !== 1) {
            throw new CommandError(
              ErrorCode.FailedToParse,
              'The limit field in delete objects must be 0 or 1',
            );
          }
          checkCollation(statement);
          const filter = asFilter(statement['q'], 'q');
          if (!collection) continue;
          const matches = runQuery(collection.documents, { filter, limit: limit === 1 ? 1 : undefined });
          for (const doc of matches) collection.remove(doc);
          n += matches.length;
        } catch (error) {
          if (!(error instanceof CommandError)) throw error;
          writeErrors.push(error.toWriteError(index));
          if (ordered) break;
        }
      }
      return writeErrors.length > 0 ? { n, writeErrors } : { n };
    },
  },
};
