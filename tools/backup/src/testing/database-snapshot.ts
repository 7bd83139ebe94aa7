import pg from 'pg';

export interface DatabaseSnapshot {
  /** `schema.table` → every row as JSON text, sorted (row order is not part of a table's content). */
  tables: Record<string, string[]>;
  /** `schema.sequence` → last_value, so restored identity columns continue where they were. */
  sequences: Record<string, string | null>;
  /** `grantee schema.table privilege`, sorted: the services' rights came back too. */
  grants: string[];
}

/** Everything a restore must bring back, from every schema but PostgreSQL's own. */
export async function databaseSnapshot(url: string): Promise<DatabaseSnapshot> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const tables = await client.query<{ schema: string; name: string }>(
      `select table_schema as schema, table_name as name from information_schema.tables
       where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')
       order by 1, 2`,
    );
    const snapshot: DatabaseSnapshot = { tables: {}, sequences: {}, grants: [] };
    for (const { schema, name } of tables.rows) {
      const rows = await client.query<{ row: string }>(
        `select to_jsonb(t)::text as row from ${pg.escapeIdentifier(schema)}.${pg.escapeIdentifier(name)} t`,
      );
      snapshot.tables[`${schema}.${name}`] = rows.rows.map((row) => row.row).sort();
    }
    const sequences = await client.query<{ name: string; last_value: string | null }>(
      `select schemaname || '.' || sequencename as name, last_value::text from pg_sequences order by 1`,
    );
    for (const sequence of sequences.rows) snapshot.sequences[sequence.name] = sequence.last_value;
    const grants = await client.query<{ grant: string }>(
      `select grantee || ' ' || table_schema || '.' || table_name || ' ' || privilege_type as grant
       from information_schema.role_table_grants
       where table_schema not in ('pg_catalog', 'information_schema') order by 1`,
    );
    snapshot.grants = grants.rows.map((row) => row.grant);
    return snapshot;
  } finally {
    await client.end();
  }
}
