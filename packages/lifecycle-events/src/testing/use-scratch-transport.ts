import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll } from 'vitest';
import type { EventTransport } from '../transport/event-transport.js';
import { createPostgresTransport } from '../transport/postgres-transport.js';
import { manualClock, type ManualClock } from './manual-clock.js';
import { scratchEventsDatabase, type ScratchEventsDatabase } from './scratch-events-database.js';

/** A spec file's events queue; its fields are set once the file's `beforeAll` has run. */
export interface ScratchTransport {
  database: ScratchEventsDatabase;
  /** The transport's clock: tests move it instead of waiting. */
  clock: ManualClock;
  transport: EventTransport;
}

/**
 * The PostgreSQL transport over a scratch events database on a manual clock, for the spec file
 * that calls it (at its top level): created before its first test, released after its last. Read
 * the fields inside tests and hooks, not at the top level.
 */
export function useScratchTransport(): ScratchTransport {
  const events = {} as ScratchTransport;
  beforeAll(async () => {
    const database = await scratchEventsDatabase();
    const clock = manualClock();
    Object.assign(events, {
      database,
      clock,
      transport: createPostgresTransport({ pool: database.pool, clock }),
    });
  });
  afterAll(() => events.database?.release());
  return events;
}

/** A consumer (or service) name of its own per test: the tests of a file share one database. */
export const uniqueName = (prefix: string) => `${prefix}_${randomUUID().slice(0, 8)}`;
