import { graphql } from '@/gql';

export const TripsQuery = graphql(`
  query Trips($after: String) {
    me {
      id
      trips(first: 20, after: $after) {
        totalCount
        pageInfo {
          ...NextPage
        }
        nodes {
          id
          name
          startDate
          status
          pack {
            id
            name
          }
          progress {
            checkedItems
            totalItems
          }
        }
      }
      packs(first: 50) {
        totalCount
        pageInfo {
          ...NextPage
        }
        nodes {
          id
          name
        }
      }
    }
  }
`);

export const CreateTripMutation = graphql(`
  mutation CreateTrip($input: CreateTripInput!) {
    createTrip(input: $input) {
      id
      name
    }
  }
`);

export const TripChecklistQuery = graphql(`
  query TripChecklist($id: ID!) {
    trip(id: $id) {
      id
      name
      pack {
        id
        name
        # The grouped view's order and subtotals, so the checklist groups as the pack page does.
        groupedContents(by: CATEGORY) {
          category {
            ...CategoryChip
          }
          subtotal {
            totalMg
            itemCount
          }
          lines {
            item {
              id
            }
          }
        }
      }
      checklist {
        ...ChecklistViewLine
        checkedAt
      }
      progress {
        checkedItems
        totalItems
        checkedMg
        totalMg
      }
    }
    me {
      id
      preferences {
        ...WeightDisplayPreferences
        checklist {
          hidePacked
          sortOrder
        }
      }
    }
  }
`);

/** Both select exactly TripChecklistState: the optimistic answer is computed from it (checklist-optimistic.ts). */
export const CheckTripItemMutation = graphql(`
  mutation CheckTripItem($tripId: ID!, $itemId: ID!) {
    checkTripItem(tripId: $tripId, itemId: $itemId) {
      ...TripChecklistState
    }
  }
`);

export const UncheckTripItemMutation = graphql(`
  mutation UncheckTripItem($tripId: ID!, $itemId: ID!) {
    uncheckTripItem(tripId: $tripId, itemId: $itemId) {
      ...TripChecklistState
    }
  }
`);

export const CheckAllTripItemsMutation = graphql(`
  mutation CheckAllTripItems($tripId: ID!) {
    checkAllTripItems(tripId: $tripId) {
      ...TripChecklistState
    }
  }
`);

export const ResetTripChecklistMutation = graphql(`
  mutation ResetTripChecklist($tripId: ID!) {
    resetTripChecklist(tripId: $tripId) {
      ...TripChecklistState
    }
  }
`);
