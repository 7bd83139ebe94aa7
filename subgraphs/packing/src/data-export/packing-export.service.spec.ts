import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { GuestSeeder } from '../lifecycle/guest-seeder.js';
import { SAMPLE_CATEGORIES, SAMPLE_ITEMS } from '@packyourbag/sample-gear';
import { useScratchDatabase } from '../testing/spec-database.js';
import { PackingExportService } from './packing-export.service.js';

const database = useScratchDatabase();

describe('PackingExportService', () => {
  it('exports every row the user owns, with entries, checks and share links without tokens', async () => {
    const [userId, other] = [randomUUID(), randomUUID()];
    const seeder = new GuestSeeder(database());
    await seeder.seedOnce(userId);
    await seeder.seedOnce(other);
    const trip = await database().trip.findFirstOrThrow({ where: { ownerId: userId } });
    const tent = await database().item.findFirstOrThrow({
      where: { ownerId: userId, name: { contains: 'tent' } },
    });
    const list = await database().gearList.findFirstOrThrow({ where: { ownerId: userId } });
    await database().tripCheck.create({ data: { tripId: trip.id, itemId: tent.id } });
    const share = await database().shareLink.create({
      data: { ownerId: userId, token: `secret-${randomUUID()}`, listId: list.id },
    });
    const job = await database().importJob.create({
      data: { ownerId: userId, totalRows: 1, inputCsv: 'Item Name\nTent', inputListName: 'Imported' },
    });

    const part = await new PackingExportService(database()).exportFor(userId);

    expect(part.format).toBe('packyourbag.packing/1');
    expect(part.categories).toHaveLength(SAMPLE_CATEGORIES.length);
    expect(part.items).toHaveLength(SAMPLE_ITEMS.length);
    expect(part.items.find((item) => item.id === tent.id)).toMatchObject({
      weightMg: 820_000,
      currency: 'USD',
    });
    // The seeded lists share one createdAt (the account's), so their export order is the ids': compare as a set.
    expect(part.lists.map((exported) => exported.entries.length).sort((a, b) => a - b)).toEqual([5, 6]);
    expect(part.packs).toHaveLength(1);
    expect(part.packs[0]!.listIds).toHaveLength(2);
    expect(part.packs[0]!.entries).toHaveLength(5);
    expect(part.trips).toEqual([
      expect.objectContaining({
        id: trip.id,
        packId: part.packs[0]!.id,
        checks: [expect.objectContaining({ itemId: tent.id })],
      }),
    ]);
    expect(part.shareLinks).toEqual([
      { id: share.id, listId: list.id, packId: null, createdAt: share.createdAt },
    ]);
    // A running job's lease, attempt and stored input are bookkeeping, not the user's data.
    expect(part.importJobs).toEqual([
      {
        id: job.id,
        status: 'RUNNING',
        totalRows: 1,
        processedRows: 0,
        errors: [],
        listId: null,
        createdAt: job.createdAt,
      },
    ]);
    // Nothing of the other user, and no secret anywhere.
    const text = JSON.stringify(part);
    expect(text).not.toContain(other);
    expect(text).not.toContain(share.token);
  });

  it('a user without data gets empty collections', async () => {
    const part = await new PackingExportService(database()).exportFor(randomUUID());
    expect(part).toEqual({
      format: 'packyourbag.packing/1',
      categories: [],
      items: [],
      lists: [],
      packs: [],
      trips: [],
      shareLinks: [],
      importJobs: [],
    });
  });
});
