import pg from 'pg';

/** What a probe learned: the server is usable, or why not (for the printed notice). */
export type ProbeResult = { ok: true; detail?: string } | { ok: false; reason: string };

/**
 * Whether a PostgreSQL server answers a query at `url` within `timeoutMs`. A server that answers
 * the socket but refuses the login counts as unusable: the stack cannot migrate without it.
 */
export async function probePostgres(url: string, timeoutMs = 1500): Promise<ProbeResult> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  // An error event after connect (server going away) must not crash the caller.
  client.on('error', () => undefined);
  try {
    await client.connect();
    const result = await client.query<{ server_version: string }>('show server_version');
    return { ok: true, detail: `PostgreSQL ${result.rows[0]?.server_version ?? '?'}` };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  } finally {
    await client.end().catch(() => undefined);
  }
}
