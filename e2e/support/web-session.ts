/** A session started through the web app's own `/api/session/*` route, as the browser starts one. */
export interface WebSession {
  accessToken: string;
  /** `name=value` of each cookie the route set, by name. */
  cookies: Map<string, string>;
  /** Every cookie the route set, as a browser would send them back (`Cookie` header). */
  cookieHeader: string;
}

export interface WebSessionOptions {
  /** @default 'correct horse battery staple' */
  password?: string;
  /** Extra request headers (a spoofed `X-Forwarded-For`, say). */
  headers?: Record<string, string>;
}

/**
 * Signs up or in through the web app's session route (same origin, like the sign-in form) and
 * keeps what the browser would keep. Throws on anything but 200, so benches can use it too.
 */
export async function startWebSession(
  webUrl: string,
  action: 'sign-up' | 'sign-in',
  email: string,
  options: WebSessionOptions = {},
): Promise<WebSession> {
  const { password = 'correct horse battery staple', headers = {} } = options;
  const response = await fetch(`${webUrl}/api/session/${action}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: webUrl, ...headers },
    body: JSON.stringify({ email, password }),
  });
  if (response.status !== 200) {
    throw new Error(`web ${action} answered ${response.status}: ${await response.text()}`);
  }
  const body = (await response.json()) as { session: { accessToken: string } };
  const cookies = new Map<string, string>();
  for (const header of response.headers.getSetCookie()) {
    const [pair = ''] = header.split(';');
    cookies.set(pair.slice(0, pair.indexOf('=')), pair);
  }
  return { accessToken: body.session.accessToken, cookies, cookieHeader: [...cookies.values()].join('; ') };
}
