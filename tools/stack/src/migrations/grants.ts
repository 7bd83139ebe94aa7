import pg from 'pg';

export interface GrantOptions {
  schema: string;
  /** The service's role: data rights on its schema, nothing else. */
  role: string;
  /** Owner of the schema and its tables. */
  migratorRole: string;
  /** Every other service schema: the role must have nothing there. */
  otherSchemas: readonly string[];
  /** Internal tables the service must not touch (the migrations ledger). */
  hiddenTables: readonly string[];
}

/**
 * Data rights only: USAGE on its schema, SELECT/INSERT/UPDATE/DELETE on its tables, sequences for
 * identity columns, and the same for tables future migrations create. No CREATE anywhere, nothing
 * on another service's schema. Statements are idempotent, so they run after every migration.
 */
export async function grantServiceRole(client: pg.ClientBase, options: GrantOptions): Promise<void> {
  const schema = pg.escapeIdentifier(options.schema);
  const role = pg.escapeIdentifier(options.role);
  const migrator = pg.escapeIdentifier(options.migratorRole);
  const statements = [
    `revoke create on schema ${schema} from ${role}`,
    `grant usage on schema ${schema} to ${role}`,
    `grant select, insert, update, delete on all tables in schema ${schema} to ${role}`,
    `grant usage, select, update on all sequences in schema ${schema} to ${role}`,
    `alter default privileges for role ${migrator} in schema ${schema} grant select, insert, update, delete on tables to ${role}`,
    `alter default privileges for role ${migrator} in schema ${schema} grant usage, select, update on sequences to ${role}`,
    ...options.hiddenTables.map(
      (table) => `revoke all on ${schema}.${pg.escapeIdentifier(table)} from ${role}`,
    ),
    ...options.otherSchemas.flatMap((other) => {
      const otherSchema = pg.escapeIdentifier(other);
      return [
        `revoke all on schema ${otherSchema} from ${role}`,
        `revoke all on all tables in schema ${otherSchema} from ${role}`,
        `revoke all on all sequences in schema ${otherSchema} from ${role}`,
      ];
    }),
  ];
  for (const statement of statements) await client.query(statement);
}
