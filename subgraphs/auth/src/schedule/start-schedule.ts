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
export function startSchedule(options: ScheduleOptions): { stop(): Promise<void> } {
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
  // The round in progress: a long purge (a first run over a large backlog) must not overlap the
  // next tick, and stopping waits for it, so the database is not closed under a running job (a
  // pool ended mid-transaction left the job, and the shutdown waiting on it, hanging).
  let round: Promise<void> | undefined;
  const runJobs = async () => {
    for (const [name, job] of jobs) {
      try {
        await job();
      } catch (error) {
        options.logger.error({ err: error, job: name }, 'scheduled auth housekeeping failed');
      }
    }
  };
  const tick = () => {
    round ??= runJobs().finally(() => {
      round = undefined;
    });
  };
  const timer = setInterval(tick, options.intervalMs ?? 3_600_000);
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await round;
    },
  };
}
