import { OUTBOX_CHANNEL } from '../notify/channels.js';

/**
 * The trigger that makes an outbox table wake the relays (decision 1440): after every INSERT
 * statement it sends `pg_notify('pyb_outbox', 'schema.table')`. A notification is delivered only
 * when the writing transaction commits, so a relay woken by it sees the row. A service puts this
 * SQL, for its table, in one of its migrations (auth: `20261206210000_outbox_notify`).
 */
export function outboxNotifyTriggerSql(table: string): string {
  const match = /^([a-z_][a-z0-9_]*)\.([a-z_][a-z0-9_]*)$/.exec(table);
  if (!match) throw new Error(`outboxNotifyTriggerSql: table must be schema.table, got "${table}".`);
  const [, schema, name] = match;
  return `CREATE OR REPLACE FUNCTION ${schema}.pyb_notify_outbox() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('${OUTBOX_CHANNEL}', TG_TABLE_SCHEMA || '.' || TG_TABLE_NAME);
  RETURN NULL;
END
$$;
CREATE OR REPLACE TRIGGER ${name}_notify AFTER INSERT ON ${table}
  FOR EACH STATEMENT EXECUTE FUNCTION ${schema}.pyb_notify_outbox();
`;
}
