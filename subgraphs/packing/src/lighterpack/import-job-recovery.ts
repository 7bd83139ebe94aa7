import type { Logger } from '@packyourbag/service-kit';
import type { PackingDatabase } from '../database/create-prisma-client.js';
import { IMPORT_INTERRUPTED, type LighterPackImportService } from './lighterpack-import.service.js';

export interface ImportJobRecoveryOptions {
  database: PackingDatabase;
  imports: Pick<LighterPackImportService, 'resume'>;
  logger: Logger;
  /** The lease a taken-over job starts with: the service's `leaseSeconds`. @default 60 */
  leaseSeconds?: number;
  /** Runs of one job, the first included, before an interrupted job is failed instead. @default 3 */
  maxAttempts?: number;
}

/** What one recovery round did. */
export interface RecoveryOutcome {
  /** Jobs taken over and run again here (whatever the run's outcome). */
  resumed: number;
  /** Jobs marked FAILED with IMPORT_INTERRUPTED. */
  failed: number;
}

/**
 * Finds LighterPack import jobs whose process stopped renewing their lease (a crash, a kill, a lost
 * connection) and resumes them: the write is one transaction, so a dead attempt left nothing and
 * running the stored input again is safe (docs/decisions/0807). A job without stored input (started
 * before leases existed) or out of attempts is failed with IMPORT_INTERRUPTED instead. Several
 * instances may recover at once: each job is claimed under `for update skip locked`.
 */
export class ImportJobRecovery {
  private readonly leaseMs: number;
  private readonly maxAttempts: number;
  private timer: NodeJS.Timeout | undefined;
  private round: Promise<void> | undefined;
  private stopped = false;

  constructor(private readonly options: ImportJobRecoveryOptions) {
    this.leaseMs = (options.leaseSeconds ?? 60) * 1000;
    this.maxAttempts = options.maxAttempts ?? 3;
  }

  /**
   * Recovers now (at service start), then every `intervalMs` on an unref'd timer; a round still
   * running (it awaits the jobs it resumes) makes the next tick skip.
   */
  start(intervalMs: number): void {
    const tick = () => {
      this.round ??= this.recover()
        .then(
          (outcome) => {
            if (outcome.resumed + outcome.failed > 0) {
              this.options.logger.info(outcome, 'recovered LighterPack import jobs');
            }
          },
          (error: unknown) => this.options.logger.error({ err: error }, 'LighterPack import recovery failed'),
        )
        .finally(() => {
          this.round = undefined;
        });
    };
    tick();
    this.timer = setInterval(tick, intervalMs);
    this.timer.unref();
  }

  /** Claims nothing more (the job in hand is the import service's to give up on shutdown). */
  stop(): void {
    this.stopped = true;
    clearInterval(this.timer);
  }

  /** Fails what cannot be resumed, then resumes the rest one at a time (each run awaited). */
  async recover(): Promise<RecoveryOutcome> {
    // The usual case, nothing expired: one indexed read instead of an update and a claim, so an
    // idle instance costs one statement a round (decision 1440).
    if (!(await this.anyLeaseExpired())) return { resumed: 0, failed: 0 };
    const failed = await this.failUnresumable();
    let resumed = 0;
    for (let job = await this.claimNext(); job; job = await this.claimNext()) {
      this.options.logger.warn(
        { jobId: job.id, attempt: job.attempt },
        'resuming a LighterPack import whose lease expired',
      );
      await this.options.imports.resume(job);
      resumed += 1;
    }
    return { resumed, failed };
  }

  private async anyLeaseExpired(): Promise<boolean> {
    const [row] = await this.options.database.$queryRaw<Array<{ expired: boolean }>>`
      select exists (
        select 1 from packing.import_jobs where status = 'RUNNING' and lease_expires_at < ${new Date()}
      ) as expired`;
    return row?.expired === true;
  }

  private async failUnresumable(): Promise<number> {
    const failed = await this.options.database.$queryRaw<Array<{ id: string }>>`
      update packing.import_jobs
      set status = 'FAILED', processed_rows = 0, errors = ${JSON.stringify([IMPORT_INTERRUPTED])}::jsonb,
          input_csv = null, input_list_name = null, input_currency = null, updated_at = now()
      where status = 'RUNNING' and lease_expires_at < ${new Date()}
        and (attempt >= ${this.maxAttempts} or input_csv is null)
      returning id`;
    for (const { id } of failed) {
      this.options.logger.warn({ jobId: id }, 'LighterPack import interrupted for good: marked FAILED');
    }
    return failed.length;
  }

  /** Takes over the oldest expired job: next attempt, fresh lease, progress back to 0. */
  private async claimNext() {
    if (this.stopped) return null;
    const now = new Date();
    const [claimed] = await this.options.database.$queryRaw<Array<{ id: string }>>`
      update packing.import_jobs
      set attempt = attempt + 1, lease_expires_at = ${new Date(now.getTime() + this.leaseMs)},
          processed_rows = 0, updated_at = now()
      where id = (
        select id from packing.import_jobs
        where status = 'RUNNING' and lease_expires_at < ${now}
          and attempt < ${this.maxAttempts} and input_csv is not null
        order by lease_expires_at
        limit 1 for update skip locked)
      returning id`;
    return claimed ? this.options.database.importJob.findUnique({ where: { id: claimed.id } }) : null;
  }
}
