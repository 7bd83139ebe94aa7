import { CommandError, ErrorCode } from '../errors.js';
import { asFilter } from '../query/filter.js';
import { checkCollation, runQuery } from '../query/run-query.js';
import { parseUpdate } from '../query/update-spec.js';
import type { Doc } from '../storage/doc.js';
import type { CommandDefinition } from './command-context.js';
import { collectionName, optionalDoc } from './command-args.js';
import { runUpdate } from './update-engine.js';

/**
 * `findAndModify` (the driver's findOneAndUpdate / findOneAndReplace / findOneAndDelete). Failures,
 * E11000 included, are command errors here, not writeErrors.
 */
export const findAndModifyCommands: Record<string, CommandDefinition> = {
  findAndModify: {
    fields: [
      'query',
      'sort',
      'remove',
      'update',
      'new',
      'fields',
      'upsert',
      'bypassDocumentValidation',
      'arrayFilters',
      'collation',
      'hint',
      'let',
    ],
    handler: (command, context) => {
      const name = collectionName(command, 'findAndModify');
      checkCollation(command);
      const filter = asFilter(command['query'], 'query');
      const sort = optionalDoc(command, 'sort');
      const fields = optionalDoc(command, 'fields');
      const project = (doc: Doc | undefined): Doc | null =>
        doc === undefined
          ? null
          : fields && Object.keys(fields).length > 0
            ? (runQuery([doc], { filter: {}, projection: fields })[0] ?? null)
            : doc;

      if (command['remove'] === true) {
        if (command['update'] !== undefined || command['upsert'] === true || command['new'] === true) {
          throw new CommandError(ErrorCode.FailedToParse, 'Cannot specify both an update and remove=true');
        }
        const collection = context.store.collection(context.db, name);
        const [doc] = collection ? runQuery(collection.documents, { filter, sort, limit: 1 }) : [];
        if (doc) collection?.remove(doc);
        return { lastErrorObject: { n: doc ? 1 : 0 }, value: project(doc) };
      }
      if (command['update'] === undefined) {
        throw new CommandError(ErrorCode.FailedToParse, 'Either an update or remove=true must be specified');
      }
      const outcome = runUpdate(context.store, {
        db: context.db,
        collection: name,
        filter,
        sort,
        update: parseUpdate(command['update'], command['arrayFilters']),
        multi: false,
        upsert: command['upsert'] === true,
      });
      const lastErrorObject: Doc = {
        n: outcome.matched + (outcome.upserted ? 1 : 0),
        updatedExisting: outcome.matched > 0,
      };
      if (outcome.upserted) lastErrorObject['upserted'] = outcome.upserted['_id'];
      const value = command['new'] === true ? outcome.after : outcome.before;
      return { lastErrorObject, value: project(value) };
    },
  },
};
