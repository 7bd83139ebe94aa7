import { CommandError, ErrorCode } from '../errors.js';
import { applyUpdate, buildUpsertDocument } from '../query/apply-update.js';
import { runQuery } from '../query/run-query.js';
import type { ParsedUpdate } from '../query/update-spec.js';
import { seedFromFilter } from '../query/upsert-seed.js';
import { sameBson } from '../storage/bson-values.js';
import type { Doc } from '../storage/doc.js';
import type { Store } from '../storage/store.js';

export interface UpdateRequest {
  db: string;
  collection: string;
  filter: Doc;
  update: ParsedUpdate;
  multi: boolean;
  upsert: boolean;
  /** Which document a single update picks first (findAndModify's `sort`). */
  sort?: Doc;
}

export interface UpdateOutcome {
  matched: number;
  modified: number;
  /** Set when the update inserted a document. */
  upserted?: Doc;
  /** For a single update: the document before and after (after === before when unchanged). */
  before?: Doc;
  after?: Doc;
}

/**
 * The update shared by `update` and `findAndModify`. It runs synchronously, so each document's
 * read-modify-write cannot interleave with another command's.
 */
export function runUpdate(store: Store, request: UpdateRequest): UpdateOutcome {
  if (request.multi && request.update.kind === 'replacement') {
    throw new CommandError(
      ErrorCode.FailedToParse,
      'multi update is not supported for replacement-style update',
    );
  }
  const collection = store.collection(request.db, request.collection);
  const matches = collection
    ? runQuery(collection.documents, {
        filter: request.filter,
        sort: request.sort,
        limit: request.multi ? undefined : 1,
      })
    : [];
  if (matches.length === 0) {
    if (!request.upsert) return { matched: 0, modified: 0 };
    const inserted = buildUpsertDocument(seedFromFilter(request.filter), request.update);
    store.ensureCollection(request.db, request.collection).collection.insert(inserted);
    return { matched: 0, modified: 0, upserted: inserted, after: inserted };
  }
  let modified = 0;
  let last: { before: Doc; after: Doc } | undefined;
  for (const before of matches) {
    const after = applyUpdate(before, request.update, { inserting: false });
    if (sameBson(before, after)) {
      last = { before, after: before };
      continue;
    }
    collection?.replace(before, after);
    modified += 1;
    last = { before, after };
  }
  return { matched: matches.length, modified, ...last };
}
