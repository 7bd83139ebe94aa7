import { graphql } from '@/gql';

export const TripsQuery = graphql(`
  query Trips($after: String) {
    __typename
    me {
      __typename
      id
      trips(first: 20, after: $after) {
        __typename
        totalCount
        pageInfo {
          __typename
          endCursor
          hasNextPage
        }
        nodes {
          __typename
          id
          name
          startDate
          status
          pack {
            __typename
            id
            name
          }
          progress {
            __typename
            checkedItems
            totalItems
          }
        }
      }
      packs(first: 50) {
        __typename
        totalCount
        pageInfo {
          __typename
          endCursor
          hasNextPage
        }
        nodes {
          __typename
          id
          name
        }
      }
    }
  }
`);

export const CreateTripMutation = graphql(`
  mutation CreateTrip($input: CreateTripInput!) {
    __typename
    createTrip(input: $input) {
      __typename
      id
      name
    }
  }
`);

export const TripChecklistQuery = graphql(`
  query TripChecklist($id: ID!) {
    __typename
    trip(id: $id) {
      __typename
      id
      name
      pack {
        __typename
        id
        name
      }
      checklist {
        __typename
        quantity
        checked
        checkedAt
        item {
          __typename
          id
          name
          weightMg
          category {
            __typename
            id
            name
            colorIndex
          }
        }
      }
      progress {
        __typename
        checkedItems
        totalItems
        checkedMg
        totalMg
      }
    }
    me {
      __typename
      id
      preferences {
        __typename
        weightUnit
        showPoundsAndOunces
        locale
        checklist {
          __typename
          hidePacked
          sortOrder
        }
      }
    }
  }
`);

/** Both select exactly TripChecklistState: the optimistic answer is computed from it (cache-config.ts). */
export const CheckTripItemMutation = graphql(`
  mutation CheckTripItem($tripId: ID!, $itemId: ID!) {
    __typename
    checkTripItem(tripId: $tripId, itemId: $itemId) {
      __typename
      ...TripChecklistState
    }
  }
`);

export const UncheckTripItemMutation = graphql(`
  mutation UncheckTripItem($tripId: ID!, $itemId: ID!) {
    __typename
    uncheckTripItem(tripId: $tripId, itemId: $itemId) {
      __typename
      ...TripChecklistState
    }
  }
`);

export const CheckAllTripItemsMutation = graphql(`
  mutation CheckAllTripItems($tripId: ID!) {
    __typename
    checkAllTripItems(tripId: $tripId) {
      __typename
      ...TripChecklistState
    }
  }
`);

export const ResetTripChecklistMutation = graphql(`
  mutation ResetTripChecklist($tripId: ID!) {
    __typename
    resetTripChecklist(tripId: $tripId) {
      __typename
      ...TripChecklistState
    }
  }
`);
