import pg from 'pg';

export interface RoleSpec {
  name: string;
  /** LOGIN for service roles; the migration role is only ever assumed with SET ROLE. */
  login: boolean;
  /** Set (or changed) on every run when given; left alone otherwise. */
  password?: string;
}

function isAlreadyThere(error: unknown): boolean {
  // 42710 duplicate_object; 23505 when two sessions race to insert the same pg_authid row.
  const code = (error as { code?: string }).code;
  return code === '42710' || code === '23505';
}

/**
 * Creates the role unless it exists, then sets its attributes when they differ. Roles are
 * cluster-wide, so runs against different databases (parallel test runs) race here: a lost CREATE
 * counts as created, and ALTER is skipped when nothing changes (concurrent ALTERs of one role fail
 * with "tuple concurrently updated").
 */
export async function ensureRole(client: pg.ClientBase, role: RoleSpec): Promise<void> {
  const name = pg.escapeIdentifier(role.name);
  const found = await client.query<{ rolcanlogin: boolean; rolcreatedb: boolean; rolcreaterole: boolean }>(
    'select rolcanlogin, rolcreatedb, rolcreaterole from pg_roles where rolname = $1',
    [role.name],
  );
  const existing = found.rows[0];
  if (!existing) {
    await client.query(`create role ${name}`).catch((error: unknown) => {
      if (!isAlreadyThere(error)) throw error;
    });
  }
  const attributesMatch =
    existing !== undefined &&
    existing.rolcanlogin === role.login &&
    !existing.rolcreatedb &&
    !existing.rolcreaterole;
  if (attributesMatch && !role.password) return;
  const attributes = [role.login ? 'login' : 'nologin', 'nocreatedb', 'nocreaterole'];
  if (role.password) attributes.push(`password ${pg.escapeLiteral(role.password)}`);
  await retryOnConcurrentUpdate(() => client.query(`alter role ${name} with ${attributes.join(' ')}`));
}

async function retryOnConcurrentUpdate(statement: () => Promise<unknown>, attempts = 5): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await statement();
      return;
    } catch (error) {
      const concurrent = /tuple concurrently updated/.test(error instanceof Error ? error.message : '');
      if (!concurrent || attempt >= attempts) throw error;
    }
  }
}

/** Lets the connected admin `SET ROLE` to `role` (a superuser already can). */
export async function allowSetRole(client: pg.ClientBase, role: string): Promise<void> {
  const me = await client.query<{ rolsuper: boolean }>(
    'select rolsuper from pg_roles where rolname = current_user',
  );
  if (me.rows[0]?.rolsuper) return;
  await client.query(`grant ${pg.escapeIdentifier(role)} to current_user`);
}
