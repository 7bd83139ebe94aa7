import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { useScratchDatabase } from '../testing/spec-database.js';
import { ITEM_COLUMNS, itemOfRow } from './item-columns.js';

const database = useScratchDatabase();

describe('ITEM_COLUMNS', () => {
  it('reads every field of an Item exactly as Prisma reads it, set or null', async () => {
    const ownerId = randomUUID();
    const category = await database().category.create({ data: { ownerId, name: 'Shelter', colorIndex: 1 } });
    const full = await database().item.create({
      data: {
        ownerId,
        name: 'Tent',
        description: 'Two-person',
        weightMg: 1_200_000,
        weightUnit: 'KG',
        categoryId: category.id,
        priceMinor: 34_900,
        currency: 'EUR',
        link: 'https://example.com/tent',
        notes: 'Seam-sealed',
        archived: true,
      },
    });
    const bare = await database().item.create({ data: { ownerId, name: 'Spoon', weightMg: 12_000 } });

    for (const { id } of [full, bare]) {
      const prisma = await database().item.findUniqueOrThrow({ where: { id } });
      const [row] = await database().$queryRawUnsafe<Record<string, unknown>[]>(
        `SELECT ${ITEM_COLUMNS}, i.weight_mg * 2 AS k0 FROM packing.items i WHERE i.id = $1::uuid`,
        id,
      );
      const raw = itemOfRow(row!, ['k0']);
      expect(Object.keys(raw).sort()).toEqual(Object.keys(prisma).sort());
      expect(raw).toEqual(prisma);
    }
  });
});
