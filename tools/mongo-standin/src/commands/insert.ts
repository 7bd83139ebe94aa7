import { ObjectId } from 'bson';
import { CommandError } from '../errors.js';
import type { Doc } from '../storage/doc.js';
import { cloneDoc } from '../storage/bson-values.js';
import type { CommandDefinition } from './command-context.js';
import { collectionName, docArray } from './command-args.js';

/** `insert`: documents get an `_id` (first, as the server puts it) when they lack one. */
export const insertCommands: Record<string, CommandDefinition> = {
  insert: {
    fields: ['documents', 'ordered', 'bypassDocumentValidation'],
    handler: (command, context) => {
      const documents = docArray(command, 'documents');
      const ordered = command['ordered'] !== false;
      const { collection } = context.store.ensureCollection(context.db, collectionName(command, 'insert'));
      const writeErrors: Doc[] = [];
      let n = 0;
      for (const [index, document] of documents.entries()) {
        const { _id, ...rest } = document;
        try {
          collection.insert(cloneDoc({ _id: _id ?? new ObjectId(), ...rest }));
          n += 1;
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
