import pg from 'pg';

/**
 * The scenario stack's auth database, found by the signing key its JWKS publishes: the stack hands
 * scenarios URLs only, and the key rotation and outbox scenarios need the database itself. Looked
 * for on the same server the stack uses (DATABASE_URL, else the local PostgreSQL). Undefined when
 * it is not reachable that way (E2E_EMBEDDED runs on in-process PGlite).
 */
export async function findAuthDatabase(authBaseUrl: string): Promise<string | undefined> {
  if (process.env.E2E_EMBEDDED === '1') return undefined;
  const jwks = (await (await fetch(`${authBaseUrl}/.well-known/jwks.json`)).json()) as {
    keys: { kid: string }[];
  };
  const kids = jwks.keys.map((key) => key.kid);
  const admin = new URL(process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres');
  const names = await query<{ datname: string }>(
    admin.toString(),
    "select datname from pg_database where datname not in ('template0', 'template1') order by oid desc",
  ).catch(() => []);
  for (const { datname } of names) {
    const url = new URL(admin);
    url.pathname = `/${datname}`;
    const found = await query<{ id: string }>(
      url.toString(),
      'select id from auth.signing_keys where id = any($1::text[]) limit 1',
      [kids],
    ).catch(() => []);
    if (found.length > 0) return url.toString();
  }
  return undefined;
}

export async function query<Row extends pg.QueryResultRow>(
  url: string,
  sql: string,
  values: unknown[] = [],
): Promise<Row[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<Row>(sql, values)).rows;
  } finally {
    await client.end();
  }
}
