import { checkCollation, runQuery } from '../query/run-query.js';
import { asFilter } from '../query/filter.js';
import type { CommandDefinition } from './command-context.js';
import { collectionName, cursorId, optionalDoc, optionalInt } from './command-args.js';
import { CommandError, ErrorCode, notSupported } from '../errors.js';

/** `find`, `getMore` and `killCursors`. */
export const findCommands: Record<string, CommandDefinition> = {
  find: {
    fields: [
      'filter',
      'sort',
      'projection',
      'skip',
      'limit',
      'batchSize',
      'singleBatch',
      'hint',
      'noCursorTimeout',
      'allowDiskUse',
      'allowPartialResults',
      'collation',
      'let',
      'tailable',
      'awaitData',
    ],
    handler: (command, context) => {
      const name = collectionName(command, 'find');
      if (command['tailable'] === true || command['awaitData'] === true)
        throw notSupported('tailable cursors');
      checkCollation(command);
      const rawLimit = optionalInt(command, 'limit');
      const limit = rawLimit === undefined ? undefined : Math.abs(rawLimit);
      const documents = context.store.collection(context.db, name)?.documents ?? [];
      const results = runQuery(documents, {
        filter: asFilter(command['filter'], 'filter'),
        sort: optionalDoc(command, 'sort'),
        skip: optionalInt(command, 'skip'),
        limit,
        projection: optionalDoc(command, 'projection'),
        variables: optionalDoc(command, 'let'),
      });
      const singleBatch = command['singleBatch'] === true || (rawLimit !== undefined && rawLimit < 0);
      return context.cursors.start(
        `${context.db}.${name}`,
        results,
        optionalInt(command, 'batchSize'),
        singleBatch,
      );
    },
  },
  getMore: {
    fields: ['collection', 'batchSize', 'maxTimeMS'],
    handler: (command, context) => {
      const name = command['collection'];
      if (typeof name !== 'string')
        throw new CommandError(ErrorCode.TypeMismatch, "BSON field 'collection' is missing");
      return context.cursors.getMore(
        cursorId(command['getMore']),
        `${context.db}.${name}`,
        optionalInt(command, 'batchSize'),
      );
    },
  },
  killCursors: {
    fields: ['cursors'],
    handler: (command, context) => {
      const ids = Array.isArray(command['cursors']) ? command['cursors'].map(cursorId) : [];
      return context.cursors.kill(ids);
    },
  },
};
