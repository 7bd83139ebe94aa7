import { Aggregator, ProcessingMode } from 'mingo';
import type { AnyObject } from 'mingo/types';
import { CommandError, ErrorCode, notSupported } from '../errors.js';
import { checkFilter } from '../query/filter.js';
import { mingoOptions, withMingo } from '../query/mingo-options.js';
import { checkCollation } from '../query/run-query.js';
import { isDoc, type Doc } from '../storage/doc.js';
import type { CommandDefinition } from './command-context.js';
import { optionalDoc, optionalInt } from './command-args.js';

/**
 * Stages refused: writes ($out/$merge would write into the resolver's array behind the store's back),
 * and stages needing server internals mingo cannot know.
 */
const REFUSED_STAGES = new Set([
  '$out',
  '$merge',
  '$search',
  '$searchMeta',
  '$vectorSearch',
  '$geoNear',
  '$changeStream',
  '$collStats',
  '$indexStats',
  '$currentOp',
  '$listSessions',
  '$listLocalSessions',
  '$planCacheStats',
  '$documents',
  '$unionWith',
  '$graphLookup',
]);

/** `aggregate` through mingo's pipeline; `$lookup` reads the same database's collections. */
export const aggregateCommands: Record<string, CommandDefinition> = {
  aggregate: {
    fields: [
      'pipeline',
      'cursor',
      'explain',
      'allowDiskUse',
      'collation',
      'hint',
      'let',
      'bypassDocumentValidation',
    ],
    handler: (command, context) => {
      const name = command['aggregate'];
      if (typeof name !== 'string' || name.length === 0) {
        throw notSupported('database-level aggregation ({ aggregate: 1 })');
      }
      if (command['explain'] === true) throw notSupported('explain');
      checkCollation(command);
      const pipeline = command['pipeline'];
      if (!Array.isArray(pipeline) || !pipeline.every(isDoc)) {
        throw new CommandError(ErrorCode.TypeMismatch, "'pipeline' option must be specified as an array");
      }
      const cursorOptions = optionalDoc(command, 'cursor');
      if (cursorOptions === undefined) {
        throw new CommandError(
          ErrorCode.FailedToParse,
          "The 'cursor' option is required, except for aggregate with the explain argument",
        );
      }
      for (const stage of pipeline) {
        const stageName = Object.keys(stage)[0] ?? '';
        if (REFUSED_STAGES.has(stageName)) throw notSupported(`the ${stageName} aggregation stage`);
        checkFilter(stage);
      }
      const documents = context.store.collection(context.db, name)?.documents ?? [];
      const variables = optionalDoc(command, 'let');
      const results = withMingo(() =>
        new Aggregator(
          pipeline,
          mingoOptions({
            processingMode: ProcessingMode.CLONE_INPUT,
            collectionResolver: (other: string) =>
              [...(context.store.collection(context.db, other)?.documents ?? [])] as AnyObject[],
            ...(variables ? { variables } : {}),
          }),
        ).run(documents as AnyObject[]),
      ) as Doc[];
      return context.cursors.start(`${context.db}.${name}`, results, optionalInt(cursorOptions, 'batchSize'));
    },
  },
};
