/**
 * The PostgreSQL server specs create their scratch databases on: the admin URL `npm test` hands
 * each workspace (DATABASE_ADMIN_URL), else the machine's server.
 */
export function testServerUrl(env: Readonly<Record<string, string | undefined>> = process.env): string {
  return env.DATABASE_ADMIN_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
}
