import type { LifecycleEvent } from '@packyourbag/lifecycle-events';
import type { PreferencesService } from '../preferences/preferences.service.js';

/** `user.deleted`: the user's settings document goes. Idempotent: a second delivery finds nothing. */
export function userDeletedHandler(preferences: PreferencesService) {
  return async (event: LifecycleEvent<'user.deleted'>): Promise<void> => {
    await preferences.deleteForUser(event.payload.userId);
  };
}
