import type { Cache, CacheExchangeOpts, Data } from '@urql/exchange-graphcache';
import { relayPagination } from '@urql/exchange-graphcache/extras';
import { graphql } from '@/gql';
import type { TripChecklistStateFragment } from '@/gql/graphql';

/**
 * What a check or uncheck changes on a trip. The optimistic answer is computed from this fragment,
 * so the mutations select exactly it (see components/trips/trips.documents.ts).
 */
export const TripChecklistStateFragmentDoc = graphql(`
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

/** Types without an id are stored inside their parent (graphcache "embedded" data). */
const EMBEDDED_TYPES = [
  'AuthPayload',
  'CategoryWeight',
  'ChangePasswordPayload',
  'ChecklistLine',
  'ChecklistPreferences',
  'CreatedPersonalAccessToken',
  'GearStatistics',
  'GroupSubtotal',
  'ImportError',
  'ImportPreviewCategory',
  'ImportPreviewRow',
  'ImportPreviewTotals',
  'ItemConnection',
  'ItemEdge',
  'ListConnection',
  'ListCategoryGroup',
  'LighterPackImportPreview',
  'ListEdge',
  'Money',
  'OnboardingProgress',
  'PackConnection',
  'PackEdge',
  'PackGroup',
  'PackLine',
  'PageInfo',
  'PalettePreferences',
  'Preferences',
  'SampleGear',
  'SecurityEventConnection',
  'SecurityEventEdge',
  'SecurityEventPageInfo',
  'SharedCategory',
  'SharedCategoryWeight',
  'SharedEntry',
  'SharedList',
  'SharedPack',
  'SharedWeightSummary',
  'TripConnection',
  'TripEdge',
  'TripProgress',
  'WeightSummary',
];

/** Drops every cached variant of `me.<field>` so the next read refetches it. */
function invalidateMeField(cache: Cache, ...fieldNames: string[]): void {
  const me = cache.resolve('Query', 'me');
  if (typeof me !== 'string') return;
  for (const field of cache.inspectFields(me)) {
    if (fieldNames.includes(field.fieldName)) cache.invalidate(me, field.fieldName, field.arguments);
  }
}

/** Drops a deleted entity, so every query that showed it refetches. */
function invalidateEntity(cache: Cache, typename: string, args: Record<string, unknown>): void {
  if (typeof args['id'] === 'string') cache.invalidate({ __typename: typename, id: args['id'] });
}

/** The checklist with one item's check changed, and the progress recomputed like the API does. */
export function toggledChecklist(
  state: TripChecklistStateFragment,
  itemId: string,
  checked: boolean,
  now: Date,
): TripChecklistStateFragment {
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

function optimisticCheck(checked: boolean) {
  return (args: Record<string, unknown>, cache: Cache) => {
    const tripId = String(args['tripId']);
    const state = cache.readFragment(TripChecklistStateFragmentDoc, {
      __typename: 'Trip',
      id: tripId,
    }) as TripChecklistStateFragment | null;
    if (!state) return null as unknown as Data;
    return toggledChecklist(state, String(args['itemId']), checked, new Date()) as unknown as Data;
  };
}

/**
 * The normalized cache: keys, optimistic check-off, and which lists a mutation makes stale.
 * Lists are refetched after a create or delete rather than patched: fewer rules to get wrong.
 */
export const cacheConfig: CacheExchangeOpts = {
  keys: {
    ...Object.fromEntries(EMBEDDED_TYPES.map((type) => [type, () => null])),
    DataExport: (data) => (typeof data['userId'] === 'string' ? data['userId'] : null),
  },
  // Paginated connections read every cached page as one list ("Show more", use-load-more.ts).
  resolvers: {
    User: {
      items: relayPagination(),
      lists: relayPagination(),
      packs: relayPagination(),
      trips: relayPagination(),
    },
  },
  optimistic: {
    checkTripItem: optimisticCheck(true),
    uncheckTripItem: optimisticCheck(false),
  },
  updates: {
    Mutation: {
      createItem: (_result, _args, cache) => invalidateMeField(cache, 'items', 'gearStatistics'),
      updateItem: (_result, _args, cache) => invalidateMeField(cache, 'items'),
      deleteItem: (_result, args, cache) => {
        invalidateEntity(cache, 'Item', args);
        invalidateMeField(cache, 'items');
      },
      createCategory: (_result, _args, cache) => invalidateMeField(cache, 'categories'),
      deleteCategory: (_result, args, cache) => {
        invalidateEntity(cache, 'Category', args);
        invalidateMeField(cache, 'categories', 'items');
      },
      createList: (_result, _args, cache) => invalidateMeField(cache, 'lists'),
      duplicateList: (_result, _args, cache) => invalidateMeField(cache, 'lists'),
      addSampleGear: (_result, _args, cache) =>
        invalidateMeField(cache, 'items', 'categories', 'lists', 'packs', 'trips', 'gearStatistics'),
      importLighterPackCsv: (_result, _args, cache) =>
        invalidateMeField(cache, 'lists', 'items', 'categories'),
      deleteList: (_result, args, cache) => {
        invalidateEntity(cache, 'List', args);
        invalidateMeField(cache, 'lists', 'packs');
      },
      createPack: (_result, _args, cache) => invalidateMeField(cache, 'packs'),
      deletePack: (_result, args, cache) => {
        invalidateEntity(cache, 'Pack', args);
        invalidateMeField(cache, 'packs', 'trips');
      },
      createTrip: (_result, _args, cache) => invalidateMeField(cache, 'trips'),
      deleteTrip: (_result, args, cache) => {
        invalidateEntity(cache, 'Trip', args);
        invalidateMeField(cache, 'trips');
      },
      updatePreferences: (_result, _args, cache) => invalidateMeField(cache, 'preferences'),
      revokeSession: (_result, _args, cache) => invalidateMeField(cache, 'sessions', 'securityEvents'),
      createPersonalAccessToken: (_result, _args, cache) => invalidateMeField(cache, 'personalAccessTokens'),
    },
  },
};
