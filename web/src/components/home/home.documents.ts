import { graphql } from '@/gql';

/** Whether the new guest's library has its sample gear yet (packing seeds it from `user.created`). */
export const SampleGearReadyQuery = graphql(`
  query SampleGearReady {
    me {
      id
      items(first: 1) {
        totalCount
      }
    }
  }
`);
