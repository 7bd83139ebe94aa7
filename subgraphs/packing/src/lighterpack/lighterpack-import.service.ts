import { randomUUID } from 'node:crypto';
import { ErrorCode, notFound, type Logger } from '@packyourbag/service-kit';
import { GraphQLError } from 'graphql';
import { MAX_CATEGORIES } from '../categories/category.service.js';
import type { PackingDatabase } from '../database/create-prisma-client.js';
import type { GearList, ImportJob, Prisma } from '../generated/prisma/client.js';
import { requireUuid } from '../ownership/require-uuid.js';
import * as rules from '../validation/input-rules.js';
import { buildPreview, type ImportPreview } from './import-preview.js';
import { reusableItems } from './library-items.js';
import { planImport, type PlannedEntry } from './plan-import.js';
import { readLighterPackRows, type ImportRow, type RowError } from './read-rows.js';

/** Rows written per statement batch; progress is reported after each. */
const CHUNK = 100;

interface PreparedImport {
  listName: string;
  currency: string;
  rows: ImportRow[];
}

/** What an import is asked to do. */
export interface ImportRequest {
  csv: string;
  listName: string;
  currency?: string | null;
  /** Leave rows with problems out instead of refusing the whole file. @default false */
  skipRowsWithProblems?: boolean | null;
}

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

/** Stored as upper case, as the GraphQL enum WeightUnit. */
const upper = (unit: string) => unit.toUpperCase();

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
 * BAD_USER_INPUT carrying every problem: `extensions.errors: [{ row, line, column, message }]`; the
 * message names the first problem's line.
 */
function invalidCsv(errors: RowError[]): GraphQLError {
  const [first] = errors;
  const where =
    first && first.line > 0 ? `line ${first.line}${first.column ? `, ${first.column}` : ''}: ` : '';
  return new GraphQLError(
    `The file has ${errors.length} problem(s), first ${where}${first?.message ?? ''} Nothing was imported.`,
    { extensions: { code: ErrorCode.BadUserInput, field: 'csv', errors } },
  );
}

/**
 * LighterPack CSV import: every row is validated before anything is written, then categories (matched
 * by name, else created), items (a library item with the same name, category and weight is reused,
 * plan-import.ts) and one list are written in a single transaction. Rows with problems refuse the
 * whole file, unless the request asks to leave them out. The
 * job form runs that transaction in the background and writes its progress to `import_jobs` from
 * outside the transaction, so pollers see it move (docs/decisions/0804). A job keeps its input and a
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
    const prepared = await this.prepare(ownerId, request);
    return this.write(
      ownerId,
      prepared,
      async () => undefined,
      async () => undefined,
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
    const prepared = await this.prepare(ownerId, request);
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
      prepared = await this.prepare(job.ownerId, {
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
      await this.write(
        ownerId,
        prepared,
        async (processedRows) => {
          if (!(await this.update(attempt, { processedRows, ...this.renewedLease() }))) {
            throw new AttemptSuperseded();
          }
        },
        async (tx, list) => {
          // Inside the transaction: it commits only if the job is still this attempt's.
          const finished = await tx.importJob.updateMany({
            where: current(attempt),
            data: { status: 'SUCCEEDED', processedRows: prepared.rows.length, listId: list.id, ...NO_INPUT },
          });
          if (finished.count === 0) throw new AttemptSuperseded();
        },
      );
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

  private async prepare(ownerId: string, request: ImportRequest): Promise<PreparedImport> {
    const name = rules.name(request.listName, 'listName');
    const code = rules.currency(request.currency ?? 'USD', 'currency');
    const { rows, errors, unreadable } = readLighterPackRows(request.csv, code);
    if (unreadable || rows.length === 0 || (errors.length > 0 && !request.skipRowsWithProblems)) {
      throw invalidCsv(errors);
    }
    const existing = await this.database.category.findMany({ where: { ownerId }, select: { name: true } });
    const known = new Set(existing.map((category) => category.name.toLowerCase()));
    const fresh = new Set<string>();
    const tooMany: RowError[] = [];
    rows.forEach((row) => {
      const key = row.category?.toLowerCase();
      if (!key || known.has(key) || fresh.has(key)) return;
      if (known.size + fresh.size >= MAX_CATEGORIES) {
        tooMany.push({
          row: row.row,
          line: row.line,
          column: 'Category',
          message: `At most ${MAX_CATEGORIES} categories.`,
        });
      } else fresh.add(key);
    });
    if (tooMany.length > 0) throw invalidCsv(tooMany);
    return { listName: name, currency: code, rows };
  }

  private write(
    ownerId: string,
    { listName, currency, rows }: PreparedImport,
    progress: (processedRows: number) => Promise<void>,
    finish: (tx: Prisma.TransactionClient, list: GearList) => Promise<void>,
  ): Promise<GearList> {
    return this.database.$transaction(
      async (tx) => {
        const categoryIds = await this.categoriesFor(tx, ownerId, rows);
        const entries = planImport(rows, await reusableItems(tx, ownerId));
        // The file's categories in its order (LighterPack writes them in the list's order).
        const categoryOrder = [
          ...new Set(rows.flatMap((row) => categoryIds.get(row.category?.toLowerCase() ?? '') ?? [])),
        ];
        const list = await tx.gearList.create({ data: { ownerId, name: listName, categoryOrder } });
        let processedRows = 0;
        for (let start = 0; start < entries.length; start += CHUNK) {
          const chunk = entries
            .slice(start, start + CHUNK)
            .map((entry) => ({ entry, itemId: entry.reusedItemId ?? randomUUID() }));
          await tx.item.createMany({
            data: chunk
              .filter(({ entry }) => entry.reusedItemId === null)
              .map(({ entry, itemId }) => newItem(ownerId, currency, categoryIds, entry, itemId)),
          });
          await tx.listEntry.createMany({
            data: chunk.map(({ entry, itemId }, offset) => ({
              listId: list.id,
              itemId,
              position: start + offset,
              quantity: entry.quantity,
              wornQuantity: entry.wornQuantity,
              consumable: entry.consumable,
            })),
          });
          processedRows += chunk.reduce((sum, { entry }) => sum + entry.rows.length, 0);
          await progress(processedRows);
        }
        await finish(tx, list);
        return list;
      },
      { timeout: 120_000, maxWait: 10_000 },
    );
  }

  /** Category id by lower-cased name: the owner's existing ones, plus new ones round the palette. */
  private async categoriesFor(
    tx: Prisma.TransactionClient,
    ownerId: string,
    rows: ImportRow[],
  ): Promise<Map<string, string>> {
    const existing = await tx.category.findMany({ where: { ownerId } });
    const ids = new Map(existing.map((category) => [category.name.toLowerCase(), category.id]));
    const fresh: { id: string; ownerId: string; name: string; colorIndex: number }[] = [];
    for (const row of rows) {
      const key = row.category?.toLowerCase();
      if (!row.category || !key || ids.has(key)) continue;
      const id = randomUUID();
      ids.set(key, id);
      fresh.push({
        id,
        ownerId,
        name: row.category,
        colorIndex: (existing.length + fresh.length) % rules.PALETTE_SIZE,
      });
    }
    await tx.category.createMany({ data: fresh });
    return ids;
  }
}

/** The new item a planned entry makes, from its first row; the weight keeps the file's unit. */
function newItem(
  ownerId: string,
  currency: string,
  categoryIds: ReadonlyMap<string, string>,
  { row }: PlannedEntry,
  id: string,
): Prisma.ItemCreateManyInput {
  return {
    id,
    ownerId,
    name: row.name,
    description: row.description,
    weightMg: row.weightMg,
    weightUnit: upper(row.unit),
    categoryId: row.category ? (categoryIds.get(row.category.toLowerCase()) ?? null) : null,
    priceMinor: row.priceMinor,
    currency: row.priceMinor === null ? null : currency,
    link: row.link,
  };
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
