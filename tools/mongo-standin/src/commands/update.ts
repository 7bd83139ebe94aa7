import { CommandError, ErrorCode, notSupported } from '../errors.js';
import { asFilter } from '../query/filter.js';
import { checkCollation } from '../query/run-query.js';
import { parseUpdate } from '../query/update-spec.js';
import type { Doc } from '../storage/doc.js';
import type { CommandDefinition } from './command-context.js';
import { collectionName, docArray } from './command-args.js';
import { runUpdate } from './update-engine.js';

const STATEMENT_FIELDS = new Set(['q', 'u', 'upsert', 'multi', 'arrayFilters', 'collation', 'hint', 'c']);

/** `update`: each statement is applied in order; failures become `writeErrors` (ok stays 1). */
export const updateCommands: Record<string, CommandDefinition> = {
  update: {
    fields: ['updates', 'ordered', 'bypassDocumentValidation', 'let'],
    handler: (command, context) => {
      const name = collectionName(command, 'update');
      const statements = docArray(command, 'updates');
      const ordered = command['ordered'] !== false;
      let n = 0;
      let nModified = 0;
      const upserted: Doc[] = [];
      const writeErrors: Doc[] = [];
      for (const [index, statement] of statements.entries()) {
        try {
          checkStatement(statement);
          const outcome = runUpdate(context.store, {
            db: context.db,
            collection: name,
            filter: asFilter(statement['q'], 'q'),
            update: parseUpdate(statement['u'], statement['arrayFilters']),
            multi: statement['multi'] === true,
            upsert: statement['upsert'] === true,
          });
          n += outcome.matched;
          nModified += outcome.modified;
          if (outcome.upserted) {
            n += 1;
            upserted.push({ index, _id: outcome.upserted['_id'] });
          }
        } catch (error) {
          if (!(error instanceof CommandError)) throw error;
          writeErrors.push(error.toWriteError(index));
          if (ordered) break;
        }
      }
      const reply: Doc = { n, nModified };
      if (upserted.length > 0) reply['upserted'] = upserted;
      if (writeErrors.length > 0) reply['writeErrors'] = writeErrors;
      return reply;
    },
  },
};

function checkStatement(statement: Doc): void {
  for (const field of Object.keys(statement)) {
    if (!STATEMENT_FIELDS.has(field)) {
      throw new CommandError(
        ErrorCode.UnknownField,
        `BSON field 'update.updates.${field}' is an unknown field.`,
      );
    }
  }
  if (statement['c'] !== undefined) throw notSupported('update constants (c)');
  checkCollation(statement);
}
