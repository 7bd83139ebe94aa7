import { notFound } from '@packyourbag/service-kit';
import { bumpVersion } from '../concurrency/bump-version.js';
import type { PackingDatabase } from '../database/create-prisma-client.js';
import type { CreateTripInput, UpdateTripInput } from '../generated/graphql.js';
import type { Trip } from '../generated/prisma/client.js';
import { createLoaders } from '../loaders/create-loaders.js';
import { requireUuid } from '../ownership/require-uuid.js';
import { packLines } from '../packs/pack-contents.js';
import {
  toConnection,
  type Connection,
  type PageRequest,
  newestFirstAfter,
  NEWEST_FIRST,
} from '../pagination/cursor-page.js';
import * as rules from '../validation/input-rules.js';

const asDate = (day: string | null) => (day === null ? null : new Date(`${day}T00:00:00.000Z`));
const asDay = (date: Date | null) => (date === null ? null : date.toISOString().slice(0, 10));

/**
 * Trips and their checklists. A check is one row per (trip, item): checking inserts it (or keeps
 * it), unchecking deletes it. No request ever rewrites the whole checklist, so two devices ticking
 * different items at the same moment both keep their tick.
 */
export class TripService {
  constructor(private readonly database: PackingDatabase) {}

  async listForOwner(ownerId: string, page: PageRequest): Promise<Connection<Trip>> {
    const [rows, totalCount] = await Promise.all([
      this.database.trip.findMany({
        where: { ownerId, ...newestFirstAfter(page.after) },
        orderBy: [...NEWEST_FIRST],
        take: page.first + 1,
      }),
      this.database.trip.count({ where: { ownerId } }),
    ]);
    return toConnection(rows, page.first, totalCount);
  }

  async get(ownerId: string, id: string): Promise<Trip> {
    requireUuid('Trip', id);
    const trip = await this.database.trip.findFirst({ where: { id, ownerId } });
    if (!trip) throw notFound('Trip', id);
    return trip;
  }

  async create(ownerId: string, input: CreateTripInput): Promise<Trip> {
    const startDate = rules.calendarDate(input.startDate, 'input.startDate');
    const endDate = rules.calendarDate(input.endDate, 'input.endDate');
    rules.orderedDates(startDate, endDate, 'input.endDate');
    const data = {
      ownerId,
      name: rules.name(input.name, 'input.name'),
      destination: rules.optionalText(input.destination, 'input.destination'),
      notes: rules.optionalText(input.notes, 'input.notes'),
      startDate: asDate(startDate),
      endDate: asDate(endDate),
      status: input.status ?? 'PLANNING',
      packId: input.packId ? await this.requirePack(ownerId, input.packId) : null,
    };
    return this.database.trip.create({ data });
  }

  /** Assigning another pack keeps the checks of items the new pack still holds and drops the rest. */
  async update(ownerId: string, id: string, input: UpdateTripInput): Promise<Trip> {
    const current = await this.get(ownerId, id);
    const startDate =
      input.startDate === undefined
        ? asDay(current.startDate)
        : rules.calendarDate(input.startDate, 'input.startDate');
    const endDate =
      input.endDate === undefined
        ? asDay(current.endDate)
        : rules.calendarDate(input.endDate, 'input.endDate');
    rules.orderedDates(startDate, endDate, 'input.endDate');
    const packId =
      input.packId === undefined
        ? current.packId
        : input.packId === null
          ? null
          : await this.requirePack(ownerId, input.packId);
    const data = {
      ...(input.name != null ? { name: rules.name(input.name, 'input.name') } : {}),
      ...(input.destination !== undefined
        ? { destination: rules.optionalText(input.destination, 'input.destination') }
        : {}),
      ...(input.notes !== undefined ? { notes: rules.optionalText(input.notes, 'input.notes') } : {}),
      ...(input.status != null ? { status: input.status } : {}),
      startDate: asDate(startDate),
      endDate: asDate(endDate),
      packId,
    };
    const keep = packId && packId !== current.packId ? await this.itemIdsOf(packId) : undefined;
    return this.database.$transaction(async (tx) => {
      await bumpVersion('Trip', id, input.expectedVersion, {
        update: (version) =>
          tx.trip.updateMany({
            where: { id, ownerId, ...(version === undefined ? {} : { version }) },
            data: { version: { increment: 1 } },
          }),
        readVersion: () => tx.trip.findFirst({ where: { id, ownerId }, select: { version: true } }),
      });
      if (packId !== current.packId) {
        await tx.tripCheck.deleteMany({
          where: { tripId: id, ...(keep ? { itemId: { notIn: keep } } : {}) },
        });
      }
      return tx.trip.update({ where: { id }, data });
    });
  }

  async delete(ownerId: string, id: string): Promise<string> {
    requireUuid('Trip', id);
    const { count } = await this.database.trip.deleteMany({ where: { id, ownerId } });
    if (count === 0) throw notFound('Trip', id);
    return id;
  }

  /** Idempotent insert of one check; NOT_FOUND when the item is not on the trip's checklist. */
  async check(ownerId: string, tripId: string, itemId: string): Promise<Trip> {
    const trip = await this.get(ownerId, tripId);
    requireUuid('Item', itemId);
    const onList = trip.packId ? await this.itemIdsOf(trip.packId) : [];
    if (!onList.includes(itemId)) throw notFound('Item', itemId);
    await this.database.tripCheck.createMany({ data: [{ tripId, itemId }], skipDuplicates: true });
    return trip;
  }

  async uncheck(ownerId: string, tripId: string, itemId: string): Promise<Trip> {
    const trip = await this.get(ownerId, tripId);
    requireUuid('Item', itemId);
    await this.database.tripCheck.deleteMany({ where: { tripId, itemId } });
    return trip;
  }

  /** Inserts a check for every item not yet checked; existing checks keep their time. */
  async checkAll(ownerId: string, tripId: string): Promise<Trip> {
    const trip = await this.get(ownerId, tripId);
    const itemIds = trip.packId ? await this.itemIdsOf(trip.packId) : [];
    await this.database.tripCheck.createMany({
      data: itemIds.map((itemId) => ({ tripId, itemId })),
      skipDuplicates: true,
    });
    return trip;
  }

  async reset(ownerId: string, tripId: string): Promise<Trip> {
    const trip = await this.get(ownerId, tripId);
    await this.database.tripCheck.deleteMany({ where: { tripId } });
    return trip;
  }

  private async requirePack(ownerId: string, packId: string): Promise<string> {
    requireUuid('Pack', packId);
    const pack = await this.database.pack.findFirst({ where: { id: packId, ownerId }, select: { id: true } });
    if (!pack) throw notFound('Pack', packId);
    return packId;
  }

  private async itemIdsOf(packId: string): Promise<string[]> {
    return (await packLines(createLoaders(this.database), packId)).map((line) => line.itemId);
  }
}
