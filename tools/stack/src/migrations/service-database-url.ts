/**
 * The URL a service connects with: the admin URL's server and database, with the service's own
 * role as user (and its password when one is configured).
 */
export function serviceDatabaseUrl(adminUrl: string, role: string, password?: string): string {
  const url = new URL(adminUrl);
  url.username = encodeURIComponent(role);
  url.password = password ? encodeURIComponent(password) : '';
  return url.toString();
}
