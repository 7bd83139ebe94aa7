/** Where sign-in, sign-up and a guest session go when `?next=` is missing or refused. */
export const DEFAULT_NEXT_PATH = '/gear';

/**
 * The `?next=` target as a path on `origin` (the app's own: `window.location.origin` in the
 * browser, the public origin on the server), else `fallback`. The URL parser decides, as the
 * browser will: the input must resolve to `origin`, and what comes back is the parsed path, query
 * and fragment, never the raw input. That result must name `origin` again, because the parser
 * turns `/..//evil.example` into the path `//evil.example`, which a browser reads as another host.
 * Every reader of `next` goes through here (docs/decisions/1012-web-security-headers-and-next-path.md).
 */
export function safeNextPath(
  next: string | null | undefined,
  origin: string,
  fallback: string = DEFAULT_NEXT_PATH,
): string {
  if (!next || !next.startsWith('/')) return fallback;
  const parsed = parseOn(next, origin);
  if (!parsed || parsed.origin !== origin) return fallback;
  const path = pathOf(parsed);
  return staysOn(path, origin) ? path : fallback;
}

/** `/sign-in?next=<where the user was>`, with `next` already held to this site. */
export function signInPathFor(currentPath: string, expired: boolean, origin: string): string {
  const params = new URLSearchParams({ next: safeNextPath(currentPath, origin) });
  if (expired) params.set('expired', '1');
  return `/sign-in?${params.toString()}`;
}

// Two slashes, or a slash and a backslash (the parser reads `\` as `/`), start a host.
const HOST_PREFIX = /^\/[/\\]/;
// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const CONTROL = /[\u0000-\u001f\u007f]/;
// Enough for double and triple encoding; a path still encoded after that is refused.
const DECODE_ROUNDS = 3;

/**
 * A serialised path that resolves to `origin` and to itself, and that no layer decoding it once
 * or twice more (a proxy, a server, a router) could read as a host or a control character.
 */
function staysOn(path: string, origin: string): boolean {
  if (HOST_PREFIX.test(path)) return false;
  const again = parseOn(path, origin);
  if (!again || again.origin !== origin || pathOf(again) !== path) return false;
  let pathname = again.pathname;
  for (let round = 0; round < DECODE_ROUNDS; round += 1) {
    const decoded = decodeOnce(pathname);
    if (decoded === undefined || HOST_PREFIX.test(decoded) || CONTROL.test(decoded)) return false;
    if (decoded === pathname) return true;
    pathname = decoded;
  }
  return !/%[0-9a-f]{2}/i.test(pathname);
}

function parseOn(reference: string, origin: string): URL | undefined {
  try {
    return new URL(reference, origin);
  } catch {
    return undefined;
  }
}

function pathOf(url: URL): string {
  return `${url.pathname}${url.search}${url.hash}`;
}

function decodeOnce(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}
