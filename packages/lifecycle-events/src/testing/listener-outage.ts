import { randomBytes } from 'node:crypto';
import type pg from 'pg';

/**
 * A login role of its own for a test's notification listener, so the test can cut the listener
 * off deterministically: refuse its logins, end its session (what a database restart does to
 * it), write while it cannot reconnect, then let it back in.
 */
export interface ListenerOutage {
  /** The scratch database's URL as the role (LISTEN needs no privileges beyond connecting). */
  url: string;
  /** Refuses new logins of the role and ends its sessions; resolves with how many ended. */
  cutOff(): Promise<number>;
  /** Allows the role to log in again. */
  restore(): Promise<void>;
  /** Ends the role's sessions and drops it. */
  drop(): Promise<void>;
}

export async function listenerOutage(admin: pg.Pool, databaseUrl: string): Promise<ListenerOutage> {
  const role = `pyb_listener_${randomBytes(4).toString('hex')}`;
  await admin.query(`CREATE ROLE ${role} LOGIN`);
  const url = new URL(databaseUrl);
  url.username = role;
  url.password = '';
  const endSessions = async () => {
    const { rows } = await admin.query<{ n: number }>(
      'SELECT count(pg_terminate_backend(pid))::int AS n FROM pg_stat_activity WHERE usename = $1',
      [role],
    );
    return rows[0]?.n ?? 0;
  };
  return {
    url: url.toString(),
    async cutOff() {
      await admin.query(`ALTER ROLE ${role} NOLOGIN`);
      return endSessions();
    },
    async restore() {
      await admin.query(`ALTER ROLE ${role} LOGIN`);
    },
    async drop() {
      await endSessions();
      await admin.query(`DROP ROLE IF EXISTS ${role}`);
    },
  };
}
