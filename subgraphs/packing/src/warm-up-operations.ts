import type { WarmUpOperations } from '@packyourbag/service-kit/nest';

const USER_READS = `query WarmUpUser($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on User {
      items(first: 5) { nodes { id name } }
      lists(first: 5) { nodes { id name } }
      packs(first: 5) { nodes { id name } }
      trips(first: 5) { nodes { id name } }
    }
  }
}`;
const TRIP_READ = 'query WarmUpTrip($id: ID!) { trip(id: $id) { id name } }';

/**
 * What the router asks packing for most (the load mix's libraries, lists, packs and trips), as a
 * user who owns nothing: every read is empty or NOT_FOUND (decision 1495).
 */
export const packingWarmUp: WarmUpOperations = (userId) => [
  { query: USER_READS, variables: { representations: [{ __typename: 'User', id: userId }] } },
  { query: TRIP_READ, variables: { id: userId } },
];
