/**
 * The many-user benchmark's users: guest sessions, which the packing consumer seeds with the sample
 * gear (lists, a pack and a trip over it) after auth's user.created event.
 */
import { post } from './bench-support.js';
import type { LoadUser } from './load-operations.js';

const TRIP_QUERY = 'query LoadTrip { me { trips(first: 1) { nodes { id checklist { item { id } } } } } }';

interface TripAnswer {
  me?: { trips?: { nodes?: { id: string; checklist: { item: { id: string } }[] }[] } };
}

/** Runs `task` over `inputs`, `width` at a time: setup stays gentle on a shared machine. */
async function inBatches<T, R>(
  inputs: readonly T[],
  width: number,
  task: (input: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = [];
  for (let start = 0; start < inputs.length; start += width) {
    results.push(...(await Promise.all(inputs.slice(start, start + width).map(task))));
  }
  return results;
}

async function startGuest(graphqlUrl: string): Promise<string> {
  const answer = await post(graphqlUrl, 'mutation LoadGuest { startGuestSession { accessToken } }', {});
  const token = (answer.data?.['startGuestSession'] as { accessToken?: string } | undefined)?.accessToken;
  if (!token) throw new Error(`startGuestSession failed: ${JSON.stringify(answer)}`);
  return `Bearer ${token}`;
}

const isOutage = (error: unknown) =>
  (error as { extensions?: { code?: unknown } } | null)?.extensions?.code === 'SERVICE_UNAVAILABLE';

/** The guest's trip and its checklist items once seeded; undefined while the seeding is pending. */
async function seededTrip(graphqlUrl: string, authorization: string): Promise<LoadUser | undefined> {
  const answer = await post(graphqlUrl, TRIP_QUERY, {}, { authorization });
  // An outage is retryable by contract (1342): on a busy machine a poll may meet one; ask again.
  if (answer.errors?.every(isOutage)) return undefined;
  if (answer.errors) throw new Error(`reading a guest's trip failed: ${JSON.stringify(answer.errors)}`);
  const trip = (answer.data as TripAnswer | undefined)?.me?.trips?.nodes?.[0];
  if (!trip || trip.checklist.length === 0) return undefined;
  return {
    authorization,
    tripId: trip.id,
    itemIds: trip.checklist.map((line) => line.item.id),
    checkOffs: 0,
  };
}

/**
 * `count` guests through the gateway at `graphqlUrl`, resolved once every one has its trip with
 * items (polled each second, at most `timeoutMs` in all).
 */
export async function createLoadUsers(
  graphqlUrl: string,
  count: number,
  timeoutMs = 180_000,
): Promise<LoadUser[]> {
  const started = Date.now();
  const authorizations = await inBatches(Array.from({ length: count }), 4, () => startGuest(graphqlUrl));
  console.log(
    `${count} guests started in ${((Date.now() - started) / 1000).toFixed(1)} s; waiting for their trips …`,
  );
  const users = new Map<string, LoadUser>();
  for (;;) {
    const pending = authorizations.filter((authorization) => !users.has(authorization));
    const seeded = await inBatches(pending, 8, (authorization) => seededTrip(graphqlUrl, authorization));
    for (const user of seeded) if (user) users.set(user.authorization, user);
    if (users.size === count) break;
    if (Date.now() - started > timeoutMs)
      throw new Error(`only ${users.size} of ${count} guests had a seeded trip after ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  console.log(`${count} guests seeded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return authorizations.map((authorization) => users.get(authorization)!);
}
