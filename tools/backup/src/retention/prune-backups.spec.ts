import { Readable } from 'node:stream';
import { postgresBinDir, type ScratchDatabase } from '@packyourbag/stack';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBackup } from '../backup/run-backup.js';
import { backupIdAt } from '../backup/backup-id.js';
import { createS3ObjectStore } from '../storage/s3-object-store.js';
import type { ObjectStore } from '../storage/object-store.js';
import { clusterCommands } from '../testing/cluster-commands.js';
import { startS3Standin, type S3Standin } from '../testing/s3-standin.js';
import { sharedServerDatabase } from '../testing/shared-server-database.js';
import { listBackups } from './list-backups.js';
import { pruneBackups } from './prune-backups.js';

const DAY = 86_400_000;
const now = new Date('2026-12-06T03:00:00Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * DAY);
const prefix = 'retention';
let s3: S3Standin;
let store: ObjectStore;
let database: ScratchDatabase;

beforeAll(async () => {
  s3 = await startS3Standin();
  store = createS3ObjectStore(s3.settings('retention-test', prefix));
  await store.ensureBucket();
  database = await sharedServerDatabase();
});

afterAll(async () => {
  await database?.drop();
  await s3?.close();
});

describe('pruneBackups (real backups in an S3 bucket; s3rver stands in for MinIO)', () => {
  it('deletes backups past the retention and keeps recent ones; an abandoned half backup goes too', async () => {
    const commands = clusterCommands(await postgresBinDir());
    for (const days of [40, 20, 13, 2, 1]) {
      await runBackup({
        store,
        prefix,
        databaseUrl: database.url,
        schemas: ['gear'],
        commands,
        clock: () => daysAgo(days),
        log: () => undefined,
      });
    }
    // Two runs that never wrote their manifest: one failed days ago, one may still be running.
    for (const days of [3, 0.05]) {
      await store.upload(
        `${prefix}/${backupIdAt(daysAgo(days))}/postgres/gear.dump`,
        Readable.from([Buffer.from('partial')]),
        'application/octet-stream',
      );
    }
    // Someone else's object under the prefix is not a backup and is never touched.
    await store.upload(`${prefix}/README.txt`, Readable.from([Buffer.from('hands off')]), 'text/plain');

    const lines: string[] = [];
    const result = await pruneBackups({
      store,
      prefix,
      policy: { keepDays: 14, keepAtLeast: 2 },
      now,
      log: (line) => lines.push(line),
    });

    expect(result.pruned.sort()).toEqual(
      [backupIdAt(daysAgo(40)), backupIdAt(daysAgo(20)), backupIdAt(daysAgo(3))].sort(),
    );
    const left = await listBackups(store, prefix);
    expect(left.map((backup) => [backup.id, backup.complete])).toEqual([
      [backupIdAt(daysAgo(13)), true],
      [backupIdAt(daysAgo(2)), true],
      [backupIdAt(daysAgo(1)), true],
      [backupIdAt(daysAgo(0.05)), false],
    ]);
    expect((await store.list(`${prefix}/`)).map((object) => object.key)).toContain(`${prefix}/README.txt`);
    expect(lines).toContain('retention (14 days, at least 2): kept 4, pruned 3');
  });
});
