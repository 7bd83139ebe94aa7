import { setTimeout as sleep } from 'node:timers/promises';
import { nextRun, type ScheduleTime } from './next-run.js';

export interface RunScheduleOptions {
  times: readonly ScheduleTime[];
  /** One scheduled run (backup, then prune). A failure is logged; the schedule goes on. */
  job: () => Promise<void>;
  /** Stops waiting for the next run (SIGTERM); a run in progress finishes first. */
  signal: AbortSignal;
  /** @default () => new Date() */
  clock?: () => Date;
  /** @default console.log */
  log?: (line: string) => void;
}

/** Runs `job` at each daily UTC time until `signal` aborts. */
export async function runSchedule(options: RunScheduleOptions): Promise<void> {
  const log = options.log ?? console.log;
  const clock = options.clock ?? (() => new Date());
  while (!options.signal.aborted) {
    const next = nextRun(options.times, clock());
    log(`schedule: next backup at ${next.toISOString()}`);
    try {
      // Timers longer than ~24.8 days overflow; daily times never get near that.
      await sleep(Math.max(0, next.getTime() - clock().getTime()), undefined, { signal: options.signal });
    } catch {
      break; // aborted
    }
    try {
      await options.job();
    } catch (error) {
      log(`schedule: backup FAILED: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  log('schedule: stopped');
}
