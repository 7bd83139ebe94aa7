import mongoose from 'mongoose';
import pg from 'pg';

/**
 * Everything the stores hold for one account, read directly (admin connection): every row of the
 * `auth` and `packing` schemas that names the account (an `owner_id`/`user_id` column, or the
 * account itself) or hangs off such a row by a foreign key, and its preferences document. Tables
 * are found from the catalog, so a new table is covered without a change here.
 *
 * Direct reads, not `me { dataExport }`: a snapshot after every mutation through the router would
 * spend the owner's rate-limit bucket ten times faster than the cases do.
 */
export type Snapshot = Record<string, unknown[]>;

/** Columns that change on every use of a session, not by a mutation. */
const VOLATILE_COLUMNS = new Set(['last_used_at', 'last_active_at']);

/** Security events that record a refused attempt: the audit log keeps those on purpose (0605). */
const REFUSAL_EVENTS = new Set(['SIGN_IN_FAILED', 'SIGN_IN_THROTTLED']);

interface TableScope {
  table: string;
  /** SQL condition on alias `t` with $1 = the account id. */
  where: string;
  orderBy: string;
}

const OWNER_COLUMNS = ['owner_id', 'user_id'];

async function discoverScopes(client: pg.Client): Promise<TableScope[]> {
  const columns = await client.query<{ schema: string; table: string; column: string }>(
    `SELECT table_schema AS schema, table_name AS table, column_name AS column
       FROM information_schema.columns WHERE table_schema IN ('auth', 'packing')`,
  );
  const foreignKeys = await client.query<{
    child: string;
    column: string;
    parent: string;
    parentColumn: string;
  }>(
    `SELECT cn.nspname || '.' || c.relname AS child, a.attname AS column,
            pn.nspname || '.' || p.relname AS parent, pa.attname AS "parentColumn"
       FROM pg_constraint k
       JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace cn ON cn.oid = c.relnamespace
       JOIN pg_class p ON p.oid = k.confrelid JOIN pg_namespace pn ON pn.oid = p.relnamespace
       JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = k.conkey[1]
       JOIN pg_attribute pa ON pa.attrelid = k.confrelid AND pa.attnum = k.confkey[1]
      WHERE k.contype = 'f' AND cn.nspname IN ('auth', 'packing')`,
  );
  const tables = new Map<string, Set<string>>();
  for (const { schema, table, column } of columns.rows) {
    const key = `${schema}.${table}`;
    tables.set(key, (tables.get(key) ?? new Set()).add(column));
  }
  const direct = new Map<string, string>();
  for (const [table, names] of tables) {
    const owner = OWNER_COLUMNS.find((column) => names.has(column));
    if (table === 'auth.users') direct.set(table, 't.id = $1');
    else if (owner) direct.set(table, `t.${owner} = $1`);
  }
  const scopes = new Map(direct);
  for (const { child, column, parent, parentColumn } of foreignKeys.rows) {
    if (scopes.has(child) || !direct.has(parent) || parent === 'auth.users') continue;
    const parentWhere = direct.get(parent)!;
    scopes.set(child, `t.${column} IN (SELECT t.${parentColumn} FROM ${parent} t WHERE ${parentWhere})`);
  }
  return [...scopes]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([table, where]) => ({
      table,
      where,
      orderBy: tables.get(table)?.has('created_at') ? 't.created_at, to_jsonb(t)::text' : 'to_jsonb(t)::text',
    }));
}

/** Reads snapshots of accounts; one connection to each store for the whole run. */
export class SnapshotReader {
  private constructor(
    private readonly client: pg.Client,
    private readonly mongo: mongoose.Connection,
    private readonly scopes: TableScope[],
  ) {}

  static async open(databaseUrl: string, mongoUrl: string): Promise<SnapshotReader> {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    const mongo = await mongoose.createConnection(mongoUrl, { serverSelectionTimeoutMS: 5000 }).asPromise();
    return new SnapshotReader(client, mongo, await discoverScopes(client));
  }

  /** The tables a snapshot covers (for the report). */
  get tables(): string[] {
    return this.scopes.map((scope) => scope.table);
  }

  async take(accountId: string): Promise<Snapshot> {
    // One statement for every table: a snapshot follows every mutation case.
    const parts = this.scopes.map(
      (scope, index) =>
        `'${scope.table}', (SELECT coalesce(jsonb_agg(to_jsonb(t) ORDER BY ${scope.orderBy}), '[]'::jsonb)` +
        ` FROM ${scope.table} t WHERE ${scope.where})${index === this.scopes.length - 1 ? '' : ','}`,
    );
    const { rows } = await this.client.query<{ snapshot: Record<string, Array<Record<string, unknown>>> }>(
      `SELECT jsonb_build_object(${parts.join(' ')}) AS snapshot`,
      [accountId],
    );
    const snapshot: Snapshot = {};
    for (const scope of this.scopes) {
      snapshot[scope.table] = (rows[0]?.snapshot[scope.table] ?? [])
        .map((row) =>
          Object.fromEntries(Object.entries(row).filter(([column]) => !VOLATILE_COLUMNS.has(column))),
        )
        .filter(
          (row) => !(scope.table === 'auth.security_events' && REFUSAL_EVENTS.has(String(row['type']))),
        );
    }
    const preferences = await this.mongo.db!.collection('preferences').find({ userId: accountId }).toArray();
    snapshot['preferences'] = preferences.map((document) => JSON.parse(JSON.stringify(document)) as unknown);
    return snapshot;
  }

  async close(): Promise<void> {
    await this.client.end();
    await this.mongo.close();
  }
}

/** Where two snapshots differ, one line per table (empty when equal). */
export function snapshotDifferences(before: Snapshot, after: Snapshot): string[] {
  const differences: string[] = [];
  for (const table of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const was = before[table] ?? [];
    const now = after[table] ?? [];
    if (JSON.stringify(was) === JSON.stringify(now)) continue;
    const changed = now.find((row) => !was.some((old) => JSON.stringify(old) === JSON.stringify(row)));
    const gone = was.find((row) => !now.some((fresh) => JSON.stringify(fresh) === JSON.stringify(row)));
    differences.push(
      `${table}: ${was.length} → ${now.length} rows` +
        (changed ? `; new or changed ${JSON.stringify(changed).slice(0, 300)}` : '') +
        (gone ? `; was ${JSON.stringify(gone).slice(0, 300)}` : ''),
    );
  }
  return differences;
}
