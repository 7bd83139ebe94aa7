import { notFound, type Logger } from '@packyourbag/service-kit';
import { GraphQLError } from 'graphql';
import type { PackingDatabase } from '../database/create-prisma-client.js';
import type { GearList, ImportJob, Prisma } from '../generated/prisma/client.js';
import { requireUuid } from '../ownership/require-uuid.js';
import * as rules from '../validation/input-rules.js';
import { buildPreview, type ImportPreview } from './import-preview.js';
import { prepareImport, type ImportRequest, type PreparedImport } from './import-request.js';
import { NO_HOOKS, writeImport } from './import-writer.js';
import { reusableItems } from './library-items.js';
import { planImport } from './plan-import.js';
import { readLighterPackRows, type RowError } from './read-rows.js';

export type { ImportRequest } from './import-request.js';

/** What a job shows when it failed on our side. */
export const IMPORT_FAILED: RowError = {
  row: 0,
  line: 0,
  column: '',
  message: 'The import failed on our side; nothing was written.',
};

/**
 * What a job shows when its process stopped and it could not be resumed (docs/decisions/0807).
 * Stable: clients may match it.
 */
export const IMPORT_INTERRUPTED: RowError = {
  row: 0,
  line: 0,
  column: '',
  message:
    'The import was interrupted and could not be finished; nothing was written. Start the import again.',
};

/** A finished job no longer needs its input. */
const NO_INPUT = { inputCsv: null, inputListName: null, inputCurrency: null };

export interface LighterPackImportOptions {
  /**
   * How long a running job's lease lasts. The process running it renews it every third of that (and
   * with each progress report); once it has expired, recovery takes the job over. @default 60
   */
  leaseSeconds?: number;
}

/** One run of a job. Only the job's current attempt may report progress or finish it. */
interface Attempt {
  id: string;
  attempt: number;
}

/** Thrown inside the write when the job was taken over: the write rolls back. */
class AttemptSuperseded extends Error {}

/**
 * LighterPack CSV import and its job runner. Every check runs before anything is written
 * (import-request.ts), then one transaction writes the import (import-writer.ts). The job form runs
 * that transaction in the background and writes its progress to `import_jobs` from outside the
 * transaction, so pollers see it move (docs/decisions/0804). A job keeps its input and a
 * lease while it runs; the transaction commits only while the job is still this attempt's, so a job
 * recovery took over (docs/decisions/0807) is written once, by whichever attempt finishes it.
 */
export class LighterPackImportService {
  private readonly leaseMs: number;
  /** The attempts this process is running, with their heartbeats. */
  private readonly running = new Map<string, Attempt & { heartbeat: NodeJS.Timeout }>();
  private stopping = false;

  constructor(
    private readonly database: PackingDatabase,
    private readonly logger: Logger,
    options: LighterPackImportOptions = {},
  ) {
    this.leaseMs = (options.leaseSeconds ?? 60) * 1000;
  }

  async importNow(ownerId: string, request: ImportRequest): Promise<GearList> {
    return writeImport(
      this.database,
      ownerId,
      await prepareImport(this.database, ownerId, request),
      NO_HOOKS,
    );
  }

  /** What an import of `csv` would do, writing nothing (import-preview.ts). */
  async preview(ownerId: string, csv: string, currency: string | null | undefined): Promise<ImportPreview> {
    const read = readLighterPackRows(csv, rules.currency(currency ?? 'USD', 'currency'));
    const library = read.rows.length > 0 ? await reusableItems(this.database, ownerId) : [];
    return buildPreview(read, planImport(read.rows, library));
  }

  /** Validates now (same errors as importNow), then writes in the background; poll `get`. */
  async start(ownerId: string, request: ImportRequest): Promise<ImportJob> {
    const prepared = await prepareImport(this.database, ownerId, request);
    const job = await this.database.importJob.create({
      data: {
        ownerId,
        totalRows: prepared.rows.length,
        leaseExpiresAt: this.leaseEnd(),
        inputCsv: request.csv,
        inputListName: prepared.listName,
        inputCurrency: prepared.currency,
        skipRowsWithProblems: request.skipRowsWithProblems ?? false,
      },
    });
    void this.run(job, ownerId, prepared);
    return job;
  }

  async get(ownerId: string, id: string): Promise<ImportJob> {
    requireUuid('LighterPackImport', id);
    const job = await this.database.importJob.findFirst({ where: { id, ownerId } });
    if (!job) throw notFound('LighterPackImport', id);
    return job;
  }

  /**
   * Runs a job again from its stored input, as the attempt recovery has just claimed (attempt
   * bumped, lease renewed). Resolves when that run has finished, whatever its outcome.
   */
  async resume(job: ImportJob): Promise<void> {
    if (this.stopping) {
      await this.release(job);
      return;
    }
    if (job.inputCsv === null || job.inputListName === null) {
      await this.fail(job, [IMPORT_INTERRUPTED]);
      return;
    }
    let prepared: PreparedImport;
    try {
      prepared = await prepareImport(this.database, job.ownerId, {
        csv: job.inputCsv,
        listName: job.inputListName,
        currency: job.inputCurrency,
        skipRowsWithProblems: job.skipRowsWithProblems,
      });
    } catch (error) {
      // It passed when started; only the owner's categories can have changed since (the limit).
      await this.fail(job, rowErrorsOf(error));
      return;
    }
    await this.run(job, job.ownerId, prepared);
  }

  /**
   * Shutdown: stops renewing leases and gives up the jobs in hand (lease expired now), so another
   * process resumes them at its next recovery round instead of after a whole lease.
   */
  async stop(): Promise<void> {
    this.stopping = true;
    const attempts = [...this.running.values()];
    for (const attempt of attempts) clearInterval(attempt.heartbeat);
    await Promise.all(attempts.map((attempt) => this.release(attempt)));
  }

  private async run(job: Attempt, ownerId: string, prepared: PreparedImport): Promise<void> {
    const attempt: Attempt = { id: job.id, attempt: job.attempt };
    const heartbeat = setInterval(() => void this.renew(attempt), this.leaseMs / 3);
    heartbeat.unref();
    this.running.set(attempt.id, { ...attempt, heartbeat });
    try {
      await writeImport(this.database, ownerId, prepared, {
        progress: async (processedRows) => {
          if (!(await this.update(attempt, { processedRows, ...this.renewedLease() }))) {
            throw new AttemptSuperseded();
          }
        },
        finish: async (tx, list) => {
          // Inside the transaction: it commits only if the job is still this attempt's.
          const finished = await tx.importJob.updateMany({
            where: current(attempt),
            data: { status: 'SUCCEEDED', processedRows: prepared.rows.length, listId: list.id, ...NO_INPUT },
          });
          if (finished.count === 0) throw new AttemptSuperseded();
        },
      });
    } catch (error) {
      if (error instanceof AttemptSuperseded) {
        this.logger.warn(
          attempt,
          'LighterPack import was taken over by another attempt; this one rolled back',
        );
      } else if (this.stopping) {
        this.logger.warn(attempt, 'LighterPack import interrupted by shutdown; recovery resumes it');
      } else {
        this.logger.error({ err: error, jobId: attempt.id }, 'LighterPack import failed');
        await this.fail(attempt, [IMPORT_FAILED]);
      }
    } finally {
      clearInterval(heartbeat);
      this.running.delete(attempt.id);
    }
  }

  private async renew(attempt: Attempt): Promise<void> {
    await this.update(attempt, this.renewedLease()).catch((error: unknown) =>
      this.logger.warn({ err: error, jobId: attempt.id }, 'could not renew a LighterPack import lease'),
    );
  }

  private leaseEnd(): Date {
    return new Date(Date.now() + this.leaseMs);
  }

  /** A renewed lease, unless shutting down (then the lease given up must stay expired). */
  private renewedLease(): { leaseExpiresAt?: Date } {
    return this.stopping ? {} : { leaseExpiresAt: this.leaseEnd() };
  }

  /** Updates the job if it is still this attempt's and RUNNING; says whether it was. */
  private async update(attempt: Attempt, data: Prisma.ImportJobUpdateManyMutationInput): Promise<boolean> {
    const { count } = await this.database.importJob.updateMany({ where: current(attempt), data });
    return count > 0;
  }

  /** Gives the job's lease up now; for shutdown, where nothing may throw. */
  private async release(attempt: Attempt): Promise<void> {
    await this.update(attempt, { leaseExpiresAt: new Date() }).catch((error: unknown) =>
      this.logger.warn({ err: error, jobId: attempt.id }, 'could not give up a LighterPack import lease'),
    );
  }

  private async fail(attempt: Attempt, errors: RowError[]): Promise<void> {
    await this.update(attempt, {
      status: 'FAILED',
      processedRows: 0,
      errors: errors as unknown as Prisma.InputJsonValue,
      ...NO_INPUT,
    }).catch((error: unknown) =>
      this.logger.error({ err: error, jobId: attempt.id }, 'could not record the failed import'),
    );
  }
}

/** The job as long as it is still `attempt`'s and RUNNING. */
function current(attempt: Attempt) {
  return { id: attempt.id, attempt: attempt.attempt, status: 'RUNNING' as const };
}

/** The row errors a refused input carries, else one line saying what was refused. */
function rowErrorsOf(error: unknown): RowError[] {
  if (!(error instanceof GraphQLError)) return [IMPORT_FAILED];
  const errors = error.extensions['errors'];
  return Array.isArray(errors)
    ? (errors as RowError[])
    : [{ row: 0, line: 0, column: '', message: error.message }];
}
