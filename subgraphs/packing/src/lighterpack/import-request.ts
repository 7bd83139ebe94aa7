import { ErrorCode } from '@packyourbag/service-kit';
import { GraphQLError } from 'graphql';
import { MAX_CATEGORIES } from '../categories/category.service.js';
import type { PackingDatabase } from '../database/create-prisma-client.js';
import * as rules from '../validation/input-rules.js';
import { readLighterPackRows, type ImportRow, type RowError } from './read-rows.js';

/** What an import is asked to do. */
export interface ImportRequest {
  csv: string;
  listName: string;
  currency?: string | null;
  /** Leave rows with problems out instead of refusing the whole file. @default false */
  skipRowsWithProblems?: boolean | null;
}

/** A request that passed every check: what the import writer writes. */
export interface PreparedImport {
  listName: string;
  currency: string;
  rows: ImportRow[];
}

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
 * Every check an import makes before anything is written: the list name, the currency, every row
 * (rows with problems refuse the file unless the request leaves them out) and the owner's category
 * limit counting the categories the file would add.
 */
export async function prepareImport(
  database: PackingDatabase,
  ownerId: string,
  request: ImportRequest,
): Promise<PreparedImport> {
  const name = rules.name(request.listName, 'listName');
  const code = rules.currency(request.currency ?? 'USD', 'currency');
  const { rows, errors, unreadable } = readLighterPackRows(request.csv, code);
  if (unreadable || rows.length === 0 || (errors.length > 0 && !request.skipRowsWithProblems)) {
    throw invalidCsv(errors);
  }
  const existing = await database.category.findMany({ where: { ownerId }, select: { name: true } });
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
