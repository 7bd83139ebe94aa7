/**
 * The `?next=` target after signing in, if it is a path on this site. Anything else (another
 * origin, `//host`, `/\host`, a scheme) falls back, so the parameter cannot send users away.
 */
export function safeNextPath(next: string | null | undefined, fallback = '/gear'): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return fallback;
  try {
    const url = new URL(next, 'http://internal.invalid');
    return url.origin === 'http://internal.invalid' ? `${url.pathname}${url.search}${url.hash}` : fallback;
  } catch {
    return fallback;
  }
}

/** `/sign-in?next=<where the user was>`. */
export function signInPathFor(currentPath: string, expired: boolean): string {
  const params = new URLSearchParams({ next: currentPath });
  if (expired) params.set('expired', '1');
  return `/sign-in?${params.toString()}`;
}
