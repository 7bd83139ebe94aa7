import { reportUnexpectedError } from '@packyourbag/error-reports';
import { startConsumerService, type RunningConsumerService } from '@packyourbag/lifecycle-events';
import type { Logger } from '@packyourbag/service-kit';
import type { Registry } from 'prom-client';
import type { PreferencesConfig } from '../config.js';
import type { PreferencesService } from '../preferences/preferences.service.js';
import { userDeletedHandler } from './user-deleted.handler.js';

export type PreferencesLifecycle = RunningConsumerService;

/** Consumes account lifecycle events as consumer group `preferences`; started with the service. */
export function startPreferencesLifecycle(
  events: NonNullable<PreferencesConfig['events']>,
  preferences: PreferencesService,
  metrics: Registry,
  logger: Logger,
): PreferencesLifecycle {
  return startConsumerService({
    service: 'preferences',
    settings: events,
    handlers: { 'user.deleted': userDeletedHandler(preferences) },
    metrics,
    logger,
    onDeadLetter: (error, event) =>
      reportUnexpectedError(error, { extra: { eventId: event.id, type: event.type } }),
  });
}
