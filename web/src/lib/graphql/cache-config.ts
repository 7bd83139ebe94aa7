import type { Cache, CacheExchangeOpts } from '@urql/exchange-graphcache';
import { relayPagination } from '@urql/exchange-graphcache/extras';
import { tripChecklistOptimistic } from '@/components/trips/checklist-optimistic';

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
  // The trips feature owns its optimistic answers (components/trips/checklist-optimistic.ts).
  optimistic: { ...tripChecklistOptimistic },
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
