import { Readable } from 'node:stream';
import { startScratchCluster, type ScratchCluster } from '@packyourbag/stack';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBackup } from '../backup/run-backup.js';
import type { BackupManifest } from '../backup/backup-manifest.js';
import type { BackupCommands } from '../config/backup-settings.js';
import { createS3ObjectStore } from '../storage/s3-object-store.js';
import type { ObjectStore } from '../storage/object-store.js';
import { clusterCommands } from '../testing/cluster-commands.js';
import { databaseSnapshot } from '../testing/database-snapshot.js';
import { fillRealisticData } from '../testing/fill-realistic-data.js';
import { prepareProjectDatabase, type ProjectDatabase } from '../testing/project-database.js';
import { startS3Standin, type S3Standin } from '../testing/s3-standin.js';
import { runRestore } from './run-restore.js';

// The restore drill (issue 18, item 5): a scratch cluster with real data is backed up to an
// S3-compatible bucket (s3rver standing in for MinIO), restored into a second, fresh cluster, and
// every table of every schema compared row for row.
const clusters: ScratchCluster[] = [];
let s3: S3Standin;
let store: ObjectStore;
let commands: BackupCommands;
let source: ProjectDatabase;
let target: ProjectDatabase;
let manifest: BackupManifest;
const lines: string[] = [];
const log = (line: string) => lines.push(line);
const prefix = 'drill';

beforeAll(async () => {
  s3 = await startS3Standin();
  store = createS3ObjectStore(s3.settings('packyourbag-backups', prefix));
  await store.ensureBucket();
  const [one, two] = await Promise.all([startScratchCluster({ log }), startScratchCluster({ log })]);
  clusters.push(one, two);
  commands = clusterCommands(one.binDir);
  source = await prepareProjectDatabase(one);
  await fillRealisticData(source.urls);
  // The fresh cluster gets what the README's restore procedure starts with: the migration (roles).
  target = await prepareProjectDatabase(two);
  manifest = await runBackup({
    store,
    prefix,
    databaseUrl: source.urls.backup,
    schemas: ['auth', 'packing', 'events'],
    commands,
    log,
  });
}, 240_000);

afterAll(async () => {
  await Promise.all(clusters.map((cluster) => cluster.destroy()));
  await s3?.close();
});

describe('restore drill', () => {
  it('backs up every service schema as the read-only backup role, with a manifest written last', async () => {
    expect(manifest.postgres.map((part) => part.schema)).toEqual(['auth', 'packing', 'events']);
    const keys = (await store.list(`${prefix}/`)).map((object) => object.key);
    expect(keys).toEqual([
      `${prefix}/${manifest.id}/manifest.json`,
      `${prefix}/${manifest.id}/postgres/auth.dump`,
      `${prefix}/${manifest.id}/postgres/events.dump`,
      `${prefix}/${manifest.id}/postgres/packing.dump`,
    ]);
    for (const part of manifest.postgres) expect(part.bytes).toBeGreaterThan(1000);
    expect(lines.some((line) => line.startsWith(`backup ${manifest.id}: complete, `))).toBe(true);
    expect(lines.some((line) => line.startsWith('[2/3] postgres packing: pg_dump'))).toBe(true);
    expect(lines).toContain('mongodb: skipped (MONGODB_URL is not set)');
  });

  it('restores into a fresh cluster with every row of every table, the sequences and the grants', async () => {
    const before = await databaseSnapshot(source.adminUrl);
    // Real data, not empty tables: the tables the services write all have rows.
    for (const table of [
      'auth.users',
      'auth.sessions',
      'auth.refresh_tokens',
      'auth.personal_access_tokens',
      'auth.security_events',
      'auth.outbox_events',
      'auth.signing_keys',
      'auth._pyb_migrations',
      'packing.items',
      'packing.categories',
      'packing.lists',
      'packing.list_entries',
      'packing.packs',
      'packing.pack_entries',
      'packing.trips',
      'packing.trip_checks',
      'packing.share_links',
      'packing.import_jobs',
      'events.messages',
      'events.deliveries',
      'events.subscriptions',
    ]) {
      expect(before.tables[table]?.length, table).toBeGreaterThan(0);
    }
    expect((await databaseSnapshot(target.adminUrl)).tables['packing.items']).toEqual([]);

    const restoreLines: string[] = [];
    const result = await runRestore({
      store,
      prefix,
      backupId: 'latest',
      databaseUrl: target.adminUrl,
      commands,
      log: (line) => restoreLines.push(line),
    });
    expect(result).toEqual({ id: manifest.id, restored: ['auth', 'packing', 'events'] });
    expect(restoreLines).toContain('[3/3] postgres events: restored');

    const after = await databaseSnapshot(target.adminUrl);
    expect(Object.keys(after.tables)).toEqual(Object.keys(before.tables));
    for (const table of Object.keys(before.tables))
      expect(after.tables[table], table).toEqual(before.tables[table]);
    expect(after.sequences).toEqual(before.sequences);
    expect(after.grants).toEqual(before.grants);
  });

  it('leaves the restored database usable by the services: their roles write, the sequences go on', async () => {
    const packing = new pg.Client({ connectionString: target.urls.packing });
    await packing.connect();
    try {
      const owner = (await packing.query<{ owner_id: string }>('select owner_id from packing.items limit 1'))
        .rows[0]!;
      await packing.query(
        `insert into packing.items (id, owner_id, name, weight_mg, updated_at) values (gen_random_uuid(), $1, 'Spork', 17000, now())`,
        [owner.owner_id],
      );
    } finally {
      await packing.end();
    }
    const auth = new pg.Client({ connectionString: target.urls.auth });
    await auth.connect();
    try {
      const max = await auth.query<{ id: string }>('select max(id)::text as id from auth.security_events');
      const next = await auth.query<{ id: string }>(
        `insert into auth.security_events (type, details) values ('KEY_ROTATED', '{}') returning id::text`,
      );
      expect(BigInt(next.rows[0]!.id)).toBeGreaterThan(BigInt(max.rows[0]!.id));
    } finally {
      await auth.end();
    }
  });

  it('refuses a dump that does not match its manifest and leaves that schema as it was', async () => {
    // A valid packing dump with other content (a later backup's) put in this backup's place:
    // pg_restore and psql would take it; only the manifest's checksum can tell.
    const packing = new pg.Client({ connectionString: source.urls.packing });
    await packing.connect();
    await packing.query(`update packing.items set name = 'Renamed after the backup'`);
    await packing.end();
    const later = await runBackup({
      store,
      prefix,
      databaseUrl: source.urls.backup,
      schemas: ['packing'],
      commands,
      clock: () => new Date(Date.parse(manifest.startedAt) + 3_600_000),
      log,
    });
    const part = manifest.postgres.find((entry) => entry.schema === 'packing')!;
    const original = await readObject(part.key);
    await store.upload(
      part.key,
      Readable.from([await readObject(later.postgres[0]!.key)]),
      'application/octet-stream',
    );
    const before = await databaseSnapshot(target.adminUrl);
    try {
      await expect(
        runRestore({
          store,
          prefix,
          backupId: manifest.id,
          databaseUrl: target.adminUrl,
          only: ['packing'],
          commands,
          log,
        }),
      ).rejects.toThrow(/packing: restore failed, schema left as it was: .*does not match its manifest/);
      expect(await databaseSnapshot(target.adminUrl)).toEqual(before);
    } finally {
      await store.upload(part.key, Readable.from([original]), 'application/octet-stream');
    }
  });
});

async function readObject(key: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await store.download(key)) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}
