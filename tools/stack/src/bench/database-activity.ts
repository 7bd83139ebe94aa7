import pg from 'pg';

/** Cumulative activity of one database since its statistics began (pg_stat_database). */
export interface DatabaseActivity {
  /** Committed plus rolled-back transactions: one per statement outside an explicit transaction. */
  transactions: number;
  /** Rows returned by sequential and index scans plus rows fetched (what the statements read). */
  rowsRead: number;
  /** Rows inserted, updated and deleted. */
  rowsWritten: number;
}

/**
 * Reads pg_stat_database for the database `databaseUrl` names. pg_stat_statements would count
 * statements exactly but needs shared_preload_libraries (a server restart); every statement the
 * services send outside a transaction is a transaction of its own, so transactions per request
 * track statements per request closely. The counters lag by up to stats_fetch_consistency's
 * snapshot; read them a second or more apart (an idle backend reports within ~10 s).
 *
 * It reads from the server's `postgres` database, so that reading adds nothing to the figure: an
 * idle stack runs only a few transactions a minute (decision 1440).
 */
export async function readDatabaseActivity(databaseUrl: string): Promise<DatabaseActivity> {
  const url = new URL(databaseUrl);
  const database = decodeURIComponent(url.pathname.replace(/^\//, '')) || 'postgres';
  url.pathname = '/postgres';
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    const { rows } = await client.query<{ transactions: string; rows_read: string; rows_written: string }>(
      `SELECT xact_commit + xact_rollback AS transactions,
              tup_returned + tup_fetched AS rows_read,
              tup_inserted + tup_updated + tup_deleted AS rows_written
         FROM pg_stat_database WHERE datname = $1`,
      [database],
    );
    const row = rows[0];
    if (!row) throw new Error('pg_stat_database has no row for this database');
    return {
      transactions: Number(row.transactions),
      rowsRead: Number(row.rows_read),
      rowsWritten: Number(row.rows_written),
    };
  } finally {
    await client.end();
  }
}
