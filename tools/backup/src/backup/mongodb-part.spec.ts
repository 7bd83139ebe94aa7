import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { postgresBinDir, type ScratchDatabase } from '@packyourbag/stack';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runRestore } from '../restore/run-restore.js';
import { createS3ObjectStore } from '../storage/s3-object-store.js';
import type { ObjectStore } from '../storage/object-store.js';
import { clusterCommands } from '../testing/cluster-commands.js';
import { startS3Standin, type S3Standin } from '../testing/s3-standin.js';
import { sharedServerDatabase } from '../testing/shared-server-database.js';
import { runBackup } from './run-backup.js';

// No MongoDB server or tools can run here (decision 1423): mongodump and mongorestore are named
// shell stand-ins that record their arguments. This checks the tool's side of the MongoDB path,
// not mongodump itself.
const standins = fileURLToPath(new URL('../testing/mongo-tools-standin/', import.meta.url));
const prefix = 'mongo';
let s3: S3Standin;
let store: ObjectStore;
let database: ScratchDatabase;
let recorded: string;

beforeAll(async () => {
  s3 = await startS3Standin();
  store = createS3ObjectStore(s3.settings('mongo-test', prefix));
  await store.ensureBucket();
  database = await sharedServerDatabase();
  recorded = await mkdtemp(join(tmpdir(), 'pyb-mongo-tools-'));
  process.env.MONGO_TOOLS_STANDIN_DIR = recorded;
});

afterAll(async () => {
  delete process.env.MONGO_TOOLS_STANDIN_DIR;
  await rm(recorded, { recursive: true, force: true });
  await database?.drop();
  await s3?.close();
});

describe('the MongoDB part of a backup (mongodump / mongorestore stand-ins)', () => {
  it('streams a gzipped mongodump archive to the bucket and hands the same bytes to mongorestore --drop', async () => {
    const commands = clusterCommands(await postgresBinDir(), {
      mongodump: join(standins, 'mongodump'),
      mongorestore: join(standins, 'mongorestore'),
    });
    const mongodbUrl = 'mongodb://mongo:27017/packyourbag';
    const manifest = await runBackup({
      store,
      prefix,
      databaseUrl: database.url,
      schemas: ['gear'],
      mongodbUrl,
      commands,
      log: () => undefined,
    });

    expect((await readFile(join(recorded, 'mongodump.args'), 'utf8')).trim().split('\n')).toEqual([
      `--uri=${mongodbUrl}`,
      '--archive',
      '--gzip',
    ]);
    expect(manifest.mongodb?.key).toBe(`${prefix}/${manifest.id}/mongodb.archive.gz`);
    const expected = `mongodump stand-in archive\n--uri=${mongodbUrl} --archive --gzip\n`;
    expect(manifest.mongodb?.bytes).toBe(Buffer.byteLength(expected));

    const restoreUrl = 'mongodb://mongo:27017/packyourbag';
    const result = await runRestore({
      store,
      prefix,
      backupId: 'latest',
      databaseUrl: database.url,
      mongodbUrl: restoreUrl,
      only: ['mongodb'],
      commands,
      log: () => undefined,
    });
    expect(result.restored).toEqual(['mongodb']);
    const args = (await readFile(join(recorded, 'mongorestore.args'), 'utf8')).trim().split('\n');
    expect(args[0]).toBe(`--uri=${restoreUrl}`);
    expect(args.slice(2)).toEqual(['--gzip', '--drop']);
    expect(await readFile(join(recorded, 'restored.archive'), 'utf8')).toBe(expected);
  });
});
