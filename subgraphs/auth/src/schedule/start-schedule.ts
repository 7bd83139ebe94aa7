import type { Logger } from '@packyourbag/service-kit';
import type { AuthServices } from '../auth-services.js';
import type { AuthConfig } from '../config.js';

export interface ScheduleOptions {
  config: Pick<AuthConfig, 'keyRotationDays'>;
  services: Pick<AuthServices, 'keys' | 'guests' | 'purger'>;
  logger: Logger;
  /** How often the jobs run. @default 3600000 (hourly) */
  intervalMs?: number;
}

/**
 * Auth's housekeeping, hourly in every instance (each job is safe to run concurrently): rotate the
 * signing key once it is KEY_ROTATION_DAYS old, remove guests inactive for GUEST_INACTIVE_DAYS, and
 * purge sessions, tokens and outbox events dead for PURGE_AFTER_DAYS. One job failing does not
 * stop the others.
 */
export function startSchedule(options: ScheduleOptions): { stop(): void } {
  const jobs: Array<[string, () => Promise<unknown>]> = [
    [
      'signing key rotation',
      async () => {
        if (options.config.keyRotationDays <= 0) return;
        const rotated = await options.services.keys.rotate(options.config.keyRotationDays);
        if (rotated) options.logger.info(rotated, 'rotated the signing key on schedule');
      },
    ],
    ['guest pruning', () => options.services.guests.prune()],
    ['expired row purge', () => options.services.purger.purge()],
  ];
  let running = false;
  const run = async () => {
    // A long purge (a first run over a large backlog) must not overlap the next tick.
    if (running) return;
    running = true;
    for (const [name, job] of jobs) {
      try {
        await job();
      } catch (error) {
        options.logger.error({ err: error, job: name }, 'scheduled auth housekeeping failed');
      }
    }
    running = false;
  };
  const timer = setInterval(() => void run(), options.intervalMs ?? 3_600_000);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
