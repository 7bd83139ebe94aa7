import { randomUUID } from 'node:crypto';
import { ErrorCode, notFound, type Logger } from '@packyourbag/service-kit';
import { GraphQLError } from 'graphql';
import { MAX_CATEGORIES } from '../categories/category.service.js';
import type { PackingDatabase } from '../database/create-prisma-client.js';
import type { GearList, ImportJob, Prisma } from '../generated/prisma/client.js';
import { requireUuid } from '../ownership/require-uuid.js';
import * as rules from '../validation/input-rules.js';
import { readLighterPackRows, type ImportRow, type RowError } from './read-rows.js';

/** Rows written per statement batch; progress is reported after each. */
const CHUNK = 100;

interface PreparedImport {
  listName: string;
  currency: string;
  rows: ImportRow[];
}

/** BAD_USER_INPUT carrying every row error: `extensions.errors: [{ row, column, message }]`. */
function invalidCsv(errors: RowError[]): GraphQLError {
  return new GraphQLError(`The file has ${errors.length} problem(s); nothing was imported.`, {
    extensions: { code: ErrorCode.BadUserInput, field: 'csv', errors },
  });
}

/**
 * LighterPack CSV import: every row is validated before anything is written, then categories (matched
 * by name, else created), items (always new) and one list are written in a single transaction. The
 * job form runs that transaction in the background and writes its progress to `import_jobs` from
 * outside the transaction, so pollers see it move (docs/decisions/0804).
 */
export class LighterPackImportService {
  constructor(
    private readonly database: PackingDatabase,
    private readonly logger: Logger,
  ) {}

  async importNow(
    ownerId: string,
    csv: string,
    listName: string,
    currency: string | null | undefined,
  ): Promise<GearList> {
    const prepared = await this.prepare(ownerId, csv, listName, currency);
    return this.write(ownerId, prepared, async () => undefined);
  }

  /** Validates now (same errors as importNow), then writes in the background; poll `get`. */
  async start(
    ownerId: string,
    csv: string,
    listName: string,
    currency: string | null | undefined,
  ): Promise<ImportJob> {
    const prepared = await this.prepare(ownerId, csv, listName, currency);
    const job = await this.database.importJob.create({ data: { ownerId, totalRows: prepared.rows.length } });
    void this.run(job.id, ownerId, prepared);
    return job;
  }

  async get(ownerId: string, id: string): Promise<ImportJob> {
    requireUuid('LighterPackImport', id);
    const job = await this.database.importJob.findFirst({ where: { id, ownerId } });
    if (!job) throw notFound('LighterPackImport', id);
    return job;
  }

  private async run(jobId: string, ownerId: string, prepared: PreparedImport): Promise<void> {
    try {
      const list = await this.write(ownerId, prepared, (processedRows) =>
        this.database.importJob
          .update({ where: { id: jobId }, data: { processedRows } })
          .then(() => undefined),
      );
      await this.database.importJob.update({
        where: { id: jobId },
        data: { status: 'SUCCEEDED', processedRows: prepared.rows.length, listId: list.id },
      });
    } catch (error) {
      this.logger.error({ err: error, jobId }, 'LighterPack import failed');
      const errors: RowError[] = [
        { row: 0, column: '', message: 'The import failed on our side; nothing was written.' },
      ];
      await this.database.importJob
        .update({
          where: { id: jobId },
          data: { status: 'FAILED', processedRows: 0, errors: errors as unknown as Prisma.InputJsonValue },
        })
        .catch((cause: unknown) =>
          this.logger.error({ err: cause, jobId }, 'could not record the failed import'),
        );
    }
  }

  private async prepare(
    ownerId: string,
    csv: string,
    listName: string,
    currency: string | null | undefined,
  ): Promise<PreparedImport> {
    const name = rules.name(listName, 'listName');
    const code = rules.currency(currency ?? 'USD', 'currency');
    const { rows, errors } = readLighterPackRows(csv, code);
    if (errors.length > 0) throw invalidCsv(errors);
    const existing = await this.database.category.findMany({ where: { ownerId }, select: { name: true } });
    const known = new Set(existing.map((category) => category.name.toLowerCase()));
    const fresh = new Set<string>();
    const tooMany: RowError[] = [];
    rows.forEach((row, index) => {
      const key = row.category?.toLowerCase();
      if (!key || known.has(key) || fresh.has(key)) return;
      if (known.size + fresh.size >= MAX_CATEGORIES) {
        tooMany.push({
          row: index + 1,
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
  ): Promise<GearList> {
    return this.database.$transaction(
      async (tx) => {
        const categoryIds = await this.categoriesFor(tx, ownerId, rows);
        const list = await tx.gearList.create({ data: { ownerId, name: listName } });
        for (let start = 0; start < rows.length; start += CHUNK) {
          const chunk = rows.slice(start, start + CHUNK).map((row) => ({ row, id: randomUUID() }));
          await tx.item.createMany({
            data: chunk.map(({ row, id }) => ({
              id,
              ownerId,
              name: row.name,
              description: row.description,
              weightMg: row.weightMg,
              categoryId: row.category ? (categoryIds.get(row.category.toLowerCase()) ?? null) : null,
              priceMinor: row.priceMinor,
              currency: row.priceMinor === null ? null : currency,
              link: row.link,
            })),
          });
          await tx.listEntry.createMany({
            data: chunk.map(({ row, id }, offset) => ({
              listId: list.id,
              itemId: id,
              position: start + offset,
              quantity: row.quantity,
              wornQuantity: row.worn ? row.quantity : 0,
              consumable: row.consumable,
            })),
          });
          await progress(start + chunk.length);
        }
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
