import type { Logger } from '@packyourbag/service-kit';
import type { AuthServices } from '../auth-services.js';
import type { AuthConfig } from '../config.js';

export interface ScheduleOptions {
  config: Pick<AuthConfig, 'keyRotationDays'>;
  services: Pick<AuthServices, 'keys' | 'guests'>;
  logger: Logger;
  /** How often the jobs run. @default 3600000 (hourly) */
  intervalMs?: number;
}

/**
 * Auth's housekeeping, hourly in every instance (each job is safe to run concurrently): rotate the
 * signing key once it is KEY_ROTATION_DAYS old, and remove guests inactive for GUEST_INACTIVE_DAYS.
 */
export function startSchedule(options: ScheduleOptions): { stop(): void } {
  const run = async () => {
    try {
      if (options.config.keyRotationDays > 0) {
        const rotated = await options.services.keys.rotate(options.config.keyRotationDays);
        if (rotated) options.logger.info(rotated, 'rotated the signing key on schedule');
      }
      await options.services.guests.prune();
    } catch (error) {
      options.logger.error({ err: error }, 'scheduled auth housekeeping failed');
    }
  };
  const timer = setInterval(() => void run(), options.intervalMs ?? 3_600_000);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
