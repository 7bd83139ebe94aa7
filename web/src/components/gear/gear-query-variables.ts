import type { GearQueryVariables } from '@/gql/graphql';
import type { GearControlsValue } from './gear-controls';

/** How the library opens: newest first, nothing filtered. */
export const INITIAL_GEAR_CONTROLS: GearControlsValue = {
  search: '',
  categoryId: '',
  sort: 'CREATED',
  direction: 'DESC',
  includeArchived: false,
};

/**
 * The library query's variables for what the controls show. The page and the server's prefetch
 * (app/gear/page.tsx) both build them here, so their operation keys match.
 */
export function gearQueryVariables(
  controls: GearControlsValue,
  search: string = controls.search,
): GearQueryVariables {
  return {
    sort: { field: controls.sort, direction: controls.direction },
    filter: {
      search: search.trim() || undefined,
      categoryId: controls.categoryId || undefined,
      includeArchived: controls.includeArchived,
    },
  };
}
