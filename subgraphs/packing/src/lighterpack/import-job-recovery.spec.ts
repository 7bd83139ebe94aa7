import { randomUUID } from 'node:crypto';
import { createLogger } from '@packyourbag/service-kit';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createPrismaClient, type PackingDatabase } from '../database/create-prisma-client.js';
import type { Prisma } from '../generated/prisma/client.js';
import { createMigratedDatabase } from '../testing/scratch-database.js';
import { ImportJobRecovery } from './import-job-recovery.js';
import { IMPORT_INTERRUPTED, LighterPackImportService } from './lighterpack-import.service.js';

let scratch: { url: string; drop: () => Promise<void> } | undefined;
let database: PackingDatabase;
let imports: LighterPackImportService;
let recovery: ImportJobRecovery;
const logger = createLogger('packing-test', 'silent');

beforeAll(async () => {
  scratch = await createMigratedDatabase();
  database = createPrismaClient(scratch.url);
  imports = new LighterPackImportService(database, logger, { leaseSeconds: 60 });
  recovery = new ImportJobRecovery({ database, imports, logger, leaseSeconds: 60 });
});

afterAll(async () => {
  await database?.$disconnect();
  await scratch?.drop();
});

const CSV = [
  'Item Name,Category,desc,qty,weight,unit,url,price,worn,consumable',
  'Tent,Shelter,,1,2,lb,,,,',
  'Socks,Clothing,,2,1.5,oz,,,Worn,',
  'Oats,Food,,4,100,g,,,,Consumable',
].join('\n');

/** A job as a process leaves it when it dies mid-import: RUNNING, lease expired, nothing written. */
function interruptedJob(ownerId: string, data: Partial<Prisma.ImportJobUncheckedCreateInput> = {}) {
  return database.importJob.create({
    data: {
      ownerId,
      totalRows: 3,
      processedRows: 2,
      inputCsv: CSV,
      inputListName: 'Overnighter',
      inputCurrency: 'USD',
      leaseExpiresAt: new Date(Date.now() - 1000),
      ...data,
    },
  });
}

const listsOf = (ownerId: string) =>
  database.gearList.findMany({ where: { ownerId }, include: { entries: true } });

describe('ImportJobRecovery', () => {
  it('resumes a job whose lease expired, writing the list once; a live job is left alone', async () => {
    const ownerId = randomUUID();
    const interrupted = await interruptedJob(ownerId);
    const live = await interruptedJob(ownerId, { leaseExpiresAt: new Date(Date.now() + 60_000) });

    await expect(recovery.recover()).resolves.toEqual({ resumed: 1, failed: 0 });

    const [list, ...others] = await listsOf(ownerId);
    expect(others).toEqual([]);
    expect(list).toMatchObject({ name: 'Overnighter' });
    expect(list?.entries).toHaveLength(3);
    await expect(
      database.importJob.findUniqueOrThrow({ where: { id: interrupted.id } }),
    ).resolves.toMatchObject({
      status: 'SUCCEEDED',
      attempt: 2,
      processedRows: 3,
      listId: list?.id,
      errors: [],
      inputCsv: null,
    });
    await expect(database.importJob.findUniqueOrThrow({ where: { id: live.id } })).resolves.toEqual(live);
    await expect(recovery.recover()).resolves.toEqual({ resumed: 0, failed: 0 });
  });

  it('fails with IMPORT_INTERRUPTED a job out of attempts or without its input, writing nothing', async () => {
    const ownerId = randomUUID();
    const exhausted = await interruptedJob(ownerId, { attempt: 3 });
    // As a job RUNNING before leases existed is after the migration.
    const withoutInput = await interruptedJob(ownerId, {
      inputCsv: null,
      inputListName: null,
      inputCurrency: null,
    });

    await expect(recovery.recover()).resolves.toEqual({ resumed: 0, failed: 2 });

    for (const job of [exhausted, withoutInput]) {
      await expect(database.importJob.findUniqueOrThrow({ where: { id: job.id } })).resolves.toMatchObject({
        status: 'FAILED',
        processedRows: 0,
        errors: [IMPORT_INTERRUPTED],
        inputCsv: null,
      });
    }
    await expect(listsOf(ownerId)).resolves.toEqual([]);
  });

  it('lets only the current attempt write: a run superseded by recovery rolls back', async () => {
    const ownerId = randomUUID();
    const stale = await interruptedJob(ownerId);
    // Recovery elsewhere took the job over (attempt 2, fresh lease) while attempt 1 still runs.
    await database.importJob.update({
      where: { id: stale.id },
      data: { attempt: 2, leaseExpiresAt: new Date(Date.now() + 60_000) },
    });

    await imports.resume(stale);

    await expect(listsOf(ownerId)).resolves.toEqual([]);
    await expect(database.importJob.findUniqueOrThrow({ where: { id: stale.id } })).resolves.toMatchObject({
      status: 'RUNNING',
      attempt: 2,
      inputCsv: CSV,
    });
  });

  it('recovers at start, before its first interval', async () => {
    const ownerId = randomUUID();
    const interrupted = await interruptedJob(ownerId);
    const started = new ImportJobRecovery({ database, imports, logger, leaseSeconds: 60 });
    started.start(3_600_000);
    try {
      await vi.waitFor(
        async () =>
          expect((await database.importJob.findUniqueOrThrow({ where: { id: interrupted.id } })).status).toBe(
            'SUCCEEDED',
          ),
        { timeout: 10_000, interval: 50 },
      );
    } finally {
      started.stop();
    }
    await expect(listsOf(ownerId)).resolves.toHaveLength(1);
  });
});

describe('LighterPackImportService jobs', () => {
  it('keeps the input and a lease while running and drops the input once finished', async () => {
    const ownerId = randomUUID();
    const job = await imports.start(ownerId, { csv: CSV, listName: 'Weekend', currency: 'EUR' });
    expect(job).toMatchObject({ status: 'RUNNING', attempt: 1, inputCsv: CSV, inputCurrency: 'EUR' });
    expect(job.leaseExpiresAt.getTime()).toBeGreaterThan(Date.now() + 50_000);

    await vi.waitFor(
      async () =>
        expect(await database.importJob.findUniqueOrThrow({ where: { id: job.id } })).toMatchObject({
          status: 'SUCCEEDED',
          processedRows: 3,
          inputCsv: null,
          inputListName: null,
        }),
      { timeout: 10_000, interval: 50 },
    );
  });
});
