import { CommandError, ErrorCode } from '../errors.js';
import { isDoc } from '../storage/doc.js';
import { parseIndexSpec } from '../storage/index-spec.js';
import type { CommandDefinition } from './command-context.js';
import { collectionName } from './command-args.js';

/** `createIndexes`, `listIndexes`, `dropIndexes`. Only unique (and TTL) indexes change behaviour. */
export const indexCommands: Record<string, CommandDefinition> = {
  createIndexes: {
    fields: ['indexes', 'commitQuorum'],
    handler: (command, context) => {
      const raw = command['indexes'];
      if (!Array.isArray(raw) || raw.length === 0) {
        throw new CommandError(ErrorCode.BadValue, 'Must specify at least one index to create');
      }
      const specs = raw.map(parseIndexSpec);
      const { collection, created } = context.store.ensureCollection(
        context.db,
        collectionName(command, 'createIndexes'),
      );
      const numIndexesBefore = collection.indexSpecs.length;
      let added = 0;
      for (const spec of specs) if (collection.createIndex(spec)) added += 1;
      return {
        createdCollectionAutomatically: created,
        numIndexesBefore,
        numIndexesAfter: collection.indexSpecs.length,
        ...(added === 0 ? { note: 'all indexes already exist' } : {}),
      };
    },
  },
  listIndexes: {
    fields: ['cursor'],
    handler: (command, context) => {
      const name = collectionName(command, 'listIndexes');
      const collection = context.store.collection(context.db, name);
      if (!collection)
        throw new CommandError(ErrorCode.NamespaceNotFound, `ns does not exist: ${context.db}.${name}`);
      return context.cursors.start(`${context.db}.${name}`, collection.listIndexes(), undefined, true);
    },
  },
  dropIndexes: {
    fields: ['index'],
    handler: (command, context) => {
      const name = collectionName(command, 'dropIndexes');
      const collection = context.store.collection(context.db, name);
      if (!collection)
        throw new CommandError(ErrorCode.NamespaceNotFound, `ns not found ${context.db}.${name}`);
      const nIndexesWas = collection.indexSpecs.length;
      const target = command['index'];
      if (target === '*') {
        for (const spec of collection.indexSpecs) if (spec.name !== '_id_') collection.dropIndex(spec.name);
      } else if (typeof target === 'string') {
        collection.dropIndex(target);
      } else if (Array.isArray(target) && target.every((t) => typeof t === 'string')) {
        for (const indexName of target) collection.dropIndex(indexName);
      } else if (isDoc(target)) {
        const spec = collection.indexSpecs.find((s) => JSON.stringify(s.key) === JSON.stringify(target));
        if (!spec)
          throw new CommandError(
            ErrorCode.IndexNotFound,
            `can't find index with key: ${JSON.stringify(target)}`,
          );
        collection.dropIndex(spec.name);
      } else {
        throw new CommandError(ErrorCode.TypeMismatch, "BSON field 'dropIndexes.index' has an invalid type");
      }
      return { nIndexesWas };
    },
  },
};
