import type { PackingDatabase } from '../database/create-prisma-client.js';

const asDay = (date: Date | null) => (date === null ? null : date.toISOString().slice(0, 10));

/** Entry fields as stored (list and pack entries alike). */
interface ExportedEntry {
  id: string;
  itemId: string;
  position: number;
  quantity: number;
  wornQuantity: number;
  consumable: boolean;
  note: string | null;
}

/**
 * Packing's part of a data export; `format` versions its shape. Every row the user owns, as
 * stored: weights in milligrams, prices in minor units, dates as YYYY-MM-DD. Share links are
 * exported without their token (docs/decisions/0921): the token is a capability to read the
 * list anonymously, not data about the user, and an export file travels further than the app.
 */
export interface PackingExport {
  format: 'packyourbag.packing/1';
  categories: Array<{ id: string; name: string; colorIndex: number; createdAt: Date }>;
  items: Array<{
    id: string;
    name: string;
    description: string | null;
    weightMg: number;
    categoryId: string | null;
    priceMinor: number | null;
    currency: string | null;
    link: string | null;
    notes: string | null;
    archived: boolean;
    createdAt: Date;
    updatedAt: Date;
  }>;
  lists: Array<{
    id: string;
    name: string;
    description: string | null;
    colorIndex: number | null;
    createdAt: Date;
    updatedAt: Date;
    entries: ExportedEntry[];
  }>;
  packs: Array<{
    id: string;
    name: string;
    description: string | null;
    createdAt: Date;
    updatedAt: Date;
    /** The lists it combines, in order. */
    listIds: string[];
    entries: ExportedEntry[];
  }>;
  trips: Array<{
    id: string;
    name: string;
    startDate: string | null;
    endDate: string | null;
    destination: string | null;
    notes: string | null;
    status: string;
    packId: string | null;
    createdAt: Date;
    updatedAt: Date;
    /** The checklist: items ticked off, when. */
    checks: Array<{ itemId: string; checkedAt: Date }>;
  }>;
  shareLinks: Array<{ id: string; listId: string | null; packId: string | null; createdAt: Date }>;
  importJobs: Array<{
    id: string;
    status: string;
    totalRows: number;
    processedRows: number;
    errors: unknown;
    listId: string | null;
    createdAt: Date;
  }>;
}

const ENTRY = {
  id: true,
  itemId: true,
  position: true,
  quantity: true,
  wornQuantity: true,
  consumable: true,
  note: true,
} as const;

/** Assembles packing's part of the user's data export (a handful of queries, whatever the size). */
export class PackingExportService {
  constructor(private readonly database: PackingDatabase) {}

  async exportFor(ownerId: string): Promise<PackingExport> {
    const byCreation = [{ createdAt: 'asc' as const }, { id: 'asc' as const }];
    const [categories, items, lists, packs, trips, shareLinks, importJobs] = await Promise.all([
      this.database.category.findMany({
        where: { ownerId },
        orderBy: byCreation,
        select: { id: true, name: true, colorIndex: true, createdAt: true },
      }),
      this.database.item.findMany({ where: { ownerId }, orderBy: byCreation }),
      this.database.gearList.findMany({
        where: { ownerId },
        orderBy: byCreation,
        include: { entries: { select: ENTRY, orderBy: { position: 'asc' } } },
      }),
      this.database.pack.findMany({
        where: { ownerId },
        orderBy: byCreation,
        include: {
          lists: { select: { listId: true }, orderBy: { position: 'asc' } },
          entries: { select: ENTRY, orderBy: { position: 'asc' } },
        },
      }),
      this.database.trip.findMany({
        where: { ownerId },
        orderBy: byCreation,
        include: { checks: { select: { itemId: true, checkedAt: true }, orderBy: { checkedAt: 'asc' } } },
      }),
      this.database.shareLink.findMany({
        where: { ownerId },
        orderBy: byCreation,
        select: { id: true, listId: true, packId: true, createdAt: true },
      }),
      // Not the lease, attempt and stored input: bookkeeping of a running job (docs/decisions/0807).
      this.database.importJob.findMany({
        where: { ownerId },
        orderBy: byCreation,
        select: {
          id: true,
          status: true,
          totalRows: true,
          processedRows: true,
          errors: true,
          listId: true,
          createdAt: true,
        },
      }),
    ]);
    return {
      format: 'packyourbag.packing/1',
      categories,
      items: items.map(({ ownerId: _owner, version: _version, ...item }) => item),
      lists: lists.map(({ ownerId: _owner, version: _version, ...list }) => list),
      packs: packs.map(({ ownerId: _owner, version: _version, lists: packLists, ...pack }) => ({
        ...pack,
        listIds: packLists.map((packList) => packList.listId),
      })),
      trips: trips.map(({ ownerId: _owner, version: _version, startDate, endDate, ...trip }) => ({
        ...trip,
        startDate: asDay(startDate),
        endDate: asDay(endDate),
      })),
      shareLinks,
      importJobs,
    };
  }
}
