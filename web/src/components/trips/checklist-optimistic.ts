import type { Cache, Data, OptimisticMutationResolver } from '@urql/exchange-graphcache';
import { graphql } from '@/gql';
import type { TripChecklistStateFragment as TripChecklistState } from '@/gql/graphql';

/**
 * What a check or uncheck changes on a trip. The optimistic answer is computed from this fragment,
 * so the mutations select exactly it (trips.documents.ts).
 */
export const TripChecklistStateFragment = graphql(`
  fragment TripChecklistState on Trip {
    id
    checklist {
      quantity
      checked
      checkedAt
      item {
        id
        weightMg
      }
    }
    progress {
      checkedItems
      totalItems
      checkedMg
      totalMg
    }
  }
`);

/** The checklist with one item's check changed, and the progress recomputed like the API does. */
export function toggledChecklist(
  state: TripChecklistState,
  itemId: string,
  checked: boolean,
  now: Date,
): TripChecklistState {
  const checklist = state.checklist.map((line) =>
    line.item.id === itemId ? { ...line, checked, checkedAt: checked ? now.toISOString() : null } : line,
  );
  const done = checklist.filter((line) => line.checked);
  const weight = (lines: typeof checklist) =>
    lines.reduce((total, line) => total + line.item.weightMg * line.quantity, 0);
  return {
    ...state,
    checklist,
    progress: {
      ...state.progress,
      checkedItems: done.length,
      totalItems: checklist.length,
      checkedMg: weight(done),
      totalMg: weight(checklist),
    },
  };
}

function optimisticCheck(checked: boolean): OptimisticMutationResolver {
  return (args: Record<string, unknown>, cache: Cache) => {
    const tripId = String(args['tripId']);
    const state = cache.readFragment(TripChecklistStateFragment, {
      __typename: 'Trip',
      id: tripId,
    }) as TripChecklistState | null;
    if (!state) return null as unknown as Data;
    return toggledChecklist(state, String(args['itemId']), checked, new Date()) as unknown as Data;
  };
}

/** graphcache's optimistic answers for check and uncheck (lib/graphql/cache-config.ts installs them). */
export const tripChecklistOptimistic = {
  checkTripItem: optimisticCheck(true),
  uncheckTripItem: optimisticCheck(false),
};
