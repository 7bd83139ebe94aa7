import { graphql } from '@/gql';

/**
 * The signed-in user's gear with the unit to show it in. One operation that the router plans across
 * auth (`me`), packing (`items`) and preferences (`preferences`).
 */
export const GearQuery = graphql(`
  query Gear {
    me {
      id
      items(first: 50) {
        nodes {
          id
          name
          weightMg
        }
      }
      preferences {
        weightUnit
      }
    }
  }
`);

/** Adds an item to the signed-in user's gear library. */
export const CreateItemMutation = graphql(`
  mutation CreateItem($input: CreateItemInput!) {
    createItem(input: $input) {
      id
      name
      weightMg
    }
  }
`);
