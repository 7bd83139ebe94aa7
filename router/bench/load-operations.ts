/** What each kind of request in the many-user mix sends, for one user. */
import type { OperationKind } from './load-mix.js';

/** A benchmark user: a guest with the sample gear, its trip and the items on the trip's checklist. */
export interface LoadUser {
  authorization: string;
  tripId: string;
  itemIds: string[];
  /** Check-offs sent so far: even ones check an item, odd ones uncheck it again. */
  checkOffs: number;
}

/** The three-subgraph read: auth's `me`, preferences, the first items from packing. */
export const ME_QUERY =
  'query LoadMe { me { id email preferences { weightUnit } items(first: 5) { nodes { id name } } } }';
const CHECK_MUTATION =
  'mutation LoadCheck($tripId: ID!, $itemId: ID!) { checkTripItem(tripId: $tripId, itemId: $itemId) { id version } }';
const UNCHECK_MUTATION =
  'mutation LoadUncheck($tripId: ID!, $itemId: ID!) { uncheckTripItem(tripId: $tripId, itemId: $itemId) { id version } }';
const LISTS_AND_PACKS_QUERY =
  'query LoadListsAndPacks { me { id lists(first: 5) { nodes { id name } } packs(first: 5) { nodes { id name } } } }';

/**
 * The request body for one operation of `kind` by `user`. A check-off checks the user's next item
 * and the following one unchecks it, so the trip's checklist stays as it was over the run.
 */
export function requestBody(kind: OperationKind, user: LoadUser): string {
  switch (kind) {
    case 'me':
      return JSON.stringify({ query: ME_QUERY });
    case 'listsAndPacks':
      return JSON.stringify({ query: LISTS_AND_PACKS_QUERY });
    case 'checkOff': {
      const turn = user.checkOffs;
      user.checkOffs += 1;
      const itemId = user.itemIds[Math.floor(turn / 2) % user.itemIds.length]!;
      return JSON.stringify({
        query: turn % 2 === 0 ? CHECK_MUTATION : UNCHECK_MUTATION,
        variables: { tripId: user.tripId, itemId },
      });
    }
  }
}
