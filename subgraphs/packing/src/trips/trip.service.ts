import { notFound } from '@packyourbag/service-kit';
import { packLines } from '../contents/lines.js';
import type { PackingDatabase } from '../database/create-prisma-client.js';
import type { CreateTripInput, UpdateTripInput } from '../generated/graphql.js';
import type { Trip } from '../generated/prisma/client.js';
import type { PackingLoaders } from '../loaders/create-loaders.js';
import { ownedRepositories, type OwnedRepositories } from '../ownership/owned-repositories.js';
import { requireUuid } from '../ownership/require-uuid.js';
import type { Connection, PageRequest } from '../pagination/cursor-page.js';
import * as rules from '../validation/input-rules.js';

const asDate = (day: string | null) => (day === null ? null : new Date(`${day}T00:00:00.000Z`));
const asDay = (date: Date | null) => (date === null ? null : date.toISOString().slice(0, 10));

/**
 * Trips and their checklists. A check is one row per (trip, item): checking inserts it (or keeps
 * it), unchecking deletes it. No request ever rewrites the whole checklist, so two devices ticking
 * different items at the same moment both keep their tick. What a pack holds is read through the
 * request's loaders (`loaders`), the same batch the checklist in the answer reads.
 */
export class TripService {
  private readonly owned: OwnedRepositories;

  constructor(private readonly database: PackingDatabase) {
    this.owned = ownedRepositories(database);
  }

  listForOwner(ownerId: string, page: PageRequest): Promise<Connection<Trip>> {
    return this.owned.trips.pageForOwner(ownerId, page);
  }

  get(ownerId: string, id: string): Promise<Trip> {
    return this.owned.trips.get(ownerId, id);
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
  async update(ownerId: string, id: string, input: UpdateTripInput, loaders: PackingLoaders): Promise<Trip> {
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
    const keep = packId && packId !== current.packId ? await this.itemIdsOf(loaders, packId) : undefined;
    return this.owned.trips.claim(ownerId, id, input.expectedVersion, async (tx) => {
      if (packId !== current.packId) {
        await tx.tripCheck.deleteMany({
          where: { tripId: id, ...(keep ? { itemId: { notIn: keep } } : {}) },
        });
      }
      return tx.trip.update({ where: { id }, data });
    });
  }

  delete(ownerId: string, id: string): Promise<string> {
    return this.owned.trips.delete(ownerId, id);
  }

  /**
   * Idempotent insert of one check; NOT_FOUND when the item is not on the trip's checklist. After the
   * owner-scoped read of the trip, one conditional statement decides and writes: the item is on the
   * checklist when one of the pack's lists or the pack's own entries holds it (an entry goes with its
   * item, so no item read), and the insert happens only then (decision 1431; it replaced four reads
   * through the loaders and an insert).
   */
  async check(ownerId: string, tripId: string, itemId: string): Promise<Trip> {
    const trip = await this.get(ownerId, tripId);
    requireUuid('Item', itemId);
    if (!trip.packId || !(await this.insertCheckIfOnPack(trip.id, trip.packId, itemId)))
      throw notFound('Item', itemId);
    return trip;
  }

  async uncheck(ownerId: string, tripId: string, itemId: string): Promise<Trip> {
    const trip = await this.get(ownerId, tripId);
    requireUuid('Item', itemId);
    await this.database.tripCheck.deleteMany({ where: { tripId, itemId } });
    return trip;
  }

  /** Inserts a check for every item not yet checked; existing checks keep their time. */
  async checkAll(ownerId: string, tripId: string, loaders: PackingLoaders): Promise<Trip> {
    const trip = await this.get(ownerId, tripId);
    const itemIds = trip.packId ? await this.itemIdsOf(loaders, trip.packId) : [];
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

  /** True when the pack holds the item (the check is then inserted, or kept); one statement. */
  private async insertCheckIfOnPack(tripId: string, packId: string, itemId: string): Promise<boolean> {
    const [answer] = await this.database.$queryRaw<{ onPack: boolean }[]>`
      WITH on_pack AS (
        SELECT EXISTS (
          SELECT 1 FROM packing.pack_lists pl
          JOIN packing.list_entries le ON le.list_id = pl.list_id
          WHERE pl.pack_id = ${packId}::uuid AND le.item_id = ${itemId}::uuid
        ) OR EXISTS (
          SELECT 1 FROM packing.pack_entries pe WHERE pe.pack_id = ${packId}::uuid AND pe.item_id = ${itemId}::uuid
        ) AS yes
      ), inserted AS (
        INSERT INTO packing.trip_checks (trip_id, item_id)
        SELECT ${tripId}::uuid, ${itemId}::uuid FROM on_pack WHERE yes
        ON CONFLICT DO NOTHING
      )
      SELECT yes AS "onPack" FROM on_pack`;
    return answer?.onPack === true;
  }

  private async requirePack(ownerId: string, packId: string): Promise<string> {
    await this.owned.packs.requireAll(ownerId, [packId]);
    return packId;
  }

  private async itemIdsOf(loaders: PackingLoaders, packId: string): Promise<string[]> {
    return (await packLines(loaders, packId)).map((line) => line.itemId);
  }
}
