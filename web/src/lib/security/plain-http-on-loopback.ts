const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Plain http to a loopback host: how `npm start`, `npm run dev` and the tests reach the app. There
 * the browser cannot keep a `Secure` cookie on every loopback name, and HSTS would pin https on a
 * developer's localhost. Behind a TLS proxy, `x-forwarded-proto: https` counts as https.
 *
 * @param hostname as `URL.hostname` gives it (`[::1]` with brackets)
 * @param protocol `http:` or `https:`, from the forwarded protocol when there is one
 */
export function isPlainHttpOnLoopback(hostname: string, protocol: string): boolean {
  return protocol !== 'https:' && LOOPBACK_HOSTS.has(hostname);
}
