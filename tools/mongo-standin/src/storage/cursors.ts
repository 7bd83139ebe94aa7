import { calculateObjectSize, Long } from 'bson';
import { CommandError, ErrorCode } from '../errors.js';
import type { Doc } from './doc.js';

interface OpenCursor {
  ns: string;
  remaining: Doc[];
  lastUsed: number;
}

/** A batch stops growing past this many bytes, as on a server (replies must stay under 48 MB). */
export const MAX_BATCH_BYTES = 16 * 1024 * 1024;

/** The first `count` documents, fewer if they would pass MAX_BATCH_BYTES (but always at least one). */
function takeBatch(docs: Doc[], count: number): Doc[] {
  let bytes = 0;
  let taken = 0;
  while (taken < Math.min(count, docs.length)) {
    bytes += calculateObjectSize(docs[taken] as Doc);
    if (taken > 0 && bytes > MAX_BATCH_BYTES) break;
    taken += 1;
  }
  return docs.slice(0, taken);
}

/** MongoDB kills cursors idle for 10 minutes (`cursorTimeoutMillis`); so does the stand-in's sweep. */
export const CURSOR_TIMEOUT_MS = 10 * 60 * 1000;

/**
 * Server-side cursors. A cursor holds the rest of its result list; ids are BSON Int64 as drivers
 * require (a plain number would be sent as int32/double and rejected).
 */
export class CursorRegistry {
  private readonly open = new Map<bigint, OpenCursor>();
  private nextId = 1n;

  constructor(private readonly now: () => number = Date.now) {}

  /** Answers the first batch; a cursor stays open only when documents remain. */
  start(ns: string, results: Doc[], batchSize: number | undefined, singleBatch = false): Doc {
    const size = batchSize ?? 101;
    const firstBatch = size === 0 ? [] : takeBatch(results, size);
    const remaining = results.slice(firstBatch.length);
    let id = Long.ZERO;
    if (remaining.length > 0 && !singleBatch) {
      const key = this.nextId;
      this.nextId += 1n;
      this.open.set(key, { ns, remaining, lastUsed: this.now() });
      id = Long.fromBigInt(key);
    }
    return { cursor: { firstBatch, id, ns } };
  }

  getMore(id: Long, ns: string, batchSize: number | undefined): Doc {
    const key = id.toBigInt();
    const cursor = this.open.get(key);
    if (!cursor || cursor.ns !== ns) {
      throw new CommandError(ErrorCode.CursorNotFound, `cursor id ${key} not found`);
    }
    const size = batchSize && batchSize > 0 ? batchSize : cursor.remaining.length;
    const nextBatch = takeBatch(cursor.remaining, size);
    cursor.remaining = cursor.remaining.slice(nextBatch.length);
    cursor.lastUsed = this.now();
    const exhausted = cursor.remaining.length === 0;
    if (exhausted) this.open.delete(key);
    return { cursor: { nextBatch, id: exhausted ? Long.ZERO : id, ns } };
  }

  kill(ids: Long[]): Doc {
    const killed: Long[] = [];
    const notFound: Long[] = [];
    for (const id of ids) (this.open.delete(id.toBigInt()) ? killed : notFound).push(id);
    return { cursorsKilled: killed, cursorsNotFound: notFound, cursorsAlive: [], cursorsUnknown: [] };
  }

  /** Closes cursors idle longer than the timeout; returns how many. */
  sweep(): number {
    const cutoff = this.now() - CURSOR_TIMEOUT_MS;
    let closed = 0;
    for (const [id, cursor] of this.open) {
      if (cursor.lastUsed < cutoff) {
        this.open.delete(id);
        closed += 1;
      }
    }
    return closed;
  }

  get size(): number {
    return this.open.size;
  }
}
