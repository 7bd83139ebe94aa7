import { describe, expect, inject, it } from 'vitest';
import '../support/stack-info.js';
import { firstError, packingUser, type PackingUser } from '../packing-support/packing-user.js';

const TRIP = `id version status startDate endDate pack { name }
  checklist { item { id name } quantity checked }
  progress { checkedItems totalItems checkedMg totalMg }`;
type TripShape = {
  id: string;
  version: number;
  status: string;
  startDate: string | null;
  checklist: { item: { id: string; name: string }; quantity: number; checked: boolean }[];
  progress: { checkedItems: number; totalItems: number; checkedMg: number; totalMg: number };
};

async function tripFixture(user: PackingUser, itemCount: number) {
  const items: string[] = [];
  for (let index = 0; index < itemCount; index += 1) {
    items.push(await user.createItem({ name: `Gear ${index}`, weightMg: (index + 1) * 1000 }));
  }
  const listId = await user.createList({ name: 'All', entries: items.map((itemId) => ({ itemId })) });
  const packId = await user.createPack({ name: 'Pack', listIds: [listId] });
  const trip = await user.data<{ createTrip: TripShape }>(
    `mutation($input: CreateTripInput!) { createTrip(input: $input) { ${TRIP} } }`,
    { input: { name: 'Sierra', startDate: '2027-07-14', endDate: '2027-07-20', destination: 'JMT', packId } },
  );
  return { items, listId, packId, trip: trip.createTrip };
}

const check = (user: PackingUser, tripId: string, itemId: string) =>
  user.data<{ checkTripItem: TripShape }>(
    `mutation($tripId: ID!, $itemId: ID!) { checkTripItem(tripId: $tripId, itemId: $itemId) { ${TRIP} } }`,
    { tripId, itemId },
  );

describe('trips and their checklist through the router', () => {
  it('derives the checklist from the pack; check, uncheck, mark all, reset; progress in items and weight', async () => {
    const user = await packingUser(inject('stack').graphqlUrl);
    const { items, trip } = await tripFixture(user, 3);
    expect(trip).toMatchObject({ status: 'PLANNING', startDate: '2027-07-14', version: 1 });
    expect(trip.checklist.map((line) => line.checked)).toEqual([false, false, false]);

    const checked = await check(user, trip.id, items[2]!);
    expect(checked.checkTripItem.progress).toEqual({
      checkedItems: 1,
      totalItems: 3,
      checkedMg: 3000,
      totalMg: 6000,
    });
    const again = await check(user, trip.id, items[2]!);
    expect(again.checkTripItem.progress.checkedItems).toBe(1);

    const unchecked = await user.data<{ uncheckTripItem: TripShape }>(
      `mutation($tripId: ID!, $itemId: ID!) { uncheckTripItem(tripId: $tripId, itemId: $itemId) { ${TRIP} } }`,
      { tripId: trip.id, itemId: items[2] },
    );
    expect(unchecked.uncheckTripItem.progress.checkedItems).toBe(0);
    const all = await user.data<{ checkAllTripItems: TripShape }>(
      `mutation($tripId: ID!) { checkAllTripItems(tripId: $tripId) { ${TRIP} } }`,
      { tripId: trip.id },
    );
    expect(all.checkAllTripItems.progress).toEqual({
      checkedItems: 3,
      totalItems: 3,
      checkedMg: 6000,
      totalMg: 6000,
    });
    const reset = await user.data<{ resetTripChecklist: TripShape }>(
      `mutation($tripId: ID!) { resetTripChecklist(tripId: $tripId) { ${TRIP} } }`,
      { tripId: trip.id },
    );
    expect(reset.resetTripChecklist.progress.checkedItems).toBe(0);
  });

  it('never loses a check when many devices tick different items at the same moment', async () => {
    const user = await packingUser(inject('stack').graphqlUrl);
    const { items, trip } = await tripFixture(user, 12);
    await Promise.all(items.map((itemId) => check(user, trip.id, itemId)));
    const result = await user.data<{ trip: TripShape }>(`query($id: ID!) { trip(id: $id) { ${TRIP} } }`, {
      id: trip.id,
    });
    expect(result.trip.progress.checkedItems).toBe(12);
    expect(result.trip.checklist.every((line) => line.checked)).toBe(true);
  });

  it('keeps the checks of items the new pack still holds when the pack changes', async () => {
    const user = await packingUser(inject('stack').graphqlUrl);
    const { items, trip } = await tripFixture(user, 3);
    await check(user, trip.id, items[0]!);
    await check(user, trip.id, items[1]!);
    const otherList = await user.createList({
      name: 'Some',
      entries: [{ itemId: items[1] }, { itemId: items[2] }],
    });
    const otherPack = await user.createPack({ name: 'Smaller', listIds: [otherList] });
    const updated = await user.data<{ updateTrip: TripShape }>(
      `mutation($id: ID!, $input: UpdateTripInput!) { updateTrip(id: $id, input: $input) { ${TRIP} } }`,
      { id: trip.id, input: { expectedVersion: 1, packId: otherPack, status: 'PACKING' } },
    );
    expect(updated.updateTrip.status).toBe('PACKING');
    expect(updated.updateTrip.checklist.map((line) => [line.item.id, line.checked])).toEqual([
      [items[1], true],
      [items[2], false],
    ]);
    const stale = await user.raw(
      `mutation($id: ID!) { updateTrip(id: $id, input: { expectedVersion: 1, name: "x" }) { id } }`,
      {
        id: trip.id,
      },
    );
    expect(firstError(stale)).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
  });

  it('refuses an end before the start and impossible dates', async () => {
    const user = await packingUser(inject('stack').graphqlUrl);
    const create = 'mutation($input: CreateTripInput!) { createTrip(input: $input) { id } }';
    const reversed = await user.raw(create, {
      input: { name: 'Back', startDate: '2027-07-20', endDate: '2027-07-14' },
    });
    expect(firstError(reversed)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.endDate' });
    const impossible = await user.raw(create, { input: { name: 'Feb', startDate: '2027-02-30' } });
    expect(firstError(impossible)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.startDate' });
  });
});
