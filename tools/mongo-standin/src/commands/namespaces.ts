import { CommandError, ErrorCode, notSupported } from '../errors.js';
import { createMatcher } from '../query/filter.js';
import { describeIndex, ID_INDEX } from '../storage/index-spec.js';
import type { Doc } from '../storage/doc.js';
import type { CommandDefinition } from './command-context.js';
import { collectionName, optionalDoc } from './command-args.js';

/** `create`, `drop`, `dropDatabase`, `listCollections`, `listDatabases`. */
export const namespaceCommands: Record<string, CommandDefinition> = {
  create: {
    // Options that would change behaviour (capped, validator, views, timeseries...) are unknown
    // fields here and so refused by the dispatcher.
    fields: [],
    handler: (command, context) => {
      const name = collectionName(command, 'create');
      const { created } = context.store.ensureCollection(context.db, name);
      if (!created) {
        throw new CommandError(ErrorCode.NamespaceExists, `Collection ${context.db}.${name} already exists.`);
      }
      return {};
    },
  },
  drop: {
    fields: [],
    handler: (command, context) => {
      const name = collectionName(command, 'drop');
      const dropped = context.store.dropCollection(context.db, name);
      return dropped ? { ns: dropped.ns, nIndexesWas: dropped.indexSpecs.length } : {};
    },
  },
  dropDatabase: {
    fields: [],
    handler: (_command, context) => {
      context.store.dropDatabase(context.db);
      return { dropped: context.db };
    },
  },
  listCollections: {
    fields: ['filter', 'nameOnly', 'authorizedCollections', 'cursor'],
    handler: (command, context) => {
      if (command['listCollections'] !== 1 && command['listCollections'] !== true) {
        throw new CommandError(ErrorCode.BadValue, 'listCollections must be 1');
      }
      const nameOnly = command['nameOnly'] === true;
      const entries: Doc[] = context.store.collections(context.db).map((collection) =>
        nameOnly
          ? { name: collection.name, type: 'collection' }
          : {
              name: collection.name,
              type: 'collection',
              options: {},
              info: { readOnly: false, uuid: collection.uuid },
              idIndex: describeIndex(ID_INDEX),
            },
      );
      const matches = createMatcher(optionalDoc(command, 'filter') ?? {});
      const batchSize = optionalDoc(command, 'cursor')?.['batchSize'];
      return context.cursors.start(
        `${context.db}.$cmd.listCollections`,
        entries.filter(matches),
        typeof batchSize === 'number' ? batchSize : undefined,
      );
    },
  },
  listDatabases: {
    fields: ['filter', 'nameOnly', 'authorizedDatabases'],
    handler: (command, context) => {
      if (context.db !== 'admin') {
        throw new CommandError(
          ErrorCode.IllegalOperation,
          'listDatabases may only be run against the admin database.',
        );
      }
      if (command['filter'] !== undefined) throw notSupported('listDatabases with a filter');
      const databases = context.store.databaseNames().map((name) => ({ name, sizeOnDisk: 0, empty: false }));
      return { databases, totalSize: 0, totalSizeMb: 0 };
    },
  },
};
