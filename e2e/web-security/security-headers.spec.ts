import { request as httpRequest } from 'node:http';
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { startWebSession, type WebSession } from '../support/web-session.js';
import { seedGear, type SeededGear } from './seed-gear.js';

/**
 * The probe's finding #2 (issue 13): no security header on any web response. Every response of
 * the real web server, over HTTP, now carries them (docs/decisions/1012-web-security-headers-and-next-path.md).
 */
const { graphqlUrl, webUrl } = inject('stack');

const FIXED_HEADERS = {
  'x-frame-options': 'DENY',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
  'cross-origin-opener-policy': 'same-origin',
};

const NONCE = /^'nonce-([A-Za-z0-9+/]{22}==)'$/;

interface Fetched {
  path: string;
  status: number;
  headers: Headers;
  body: string;
}

async function get(path: string, init: RequestInit = {}): Promise<Fetched> {
  const response = await fetch(`${webUrl}${path}`, { redirect: 'manual', ...init });
  return { path, status: response.status, headers: response.headers, body: await response.text() };
}

/** The policy's directives by name; fails on a directive given twice. */
function directives(policy: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of policy
    .split(';')
    .map((directive) => directive.trim())
    .filter(Boolean)) {
    const [name = '', ...sources] = part.split(/\s+/);
    expect(map.has(name), `${name} given twice`).toBe(false);
    map.set(name, sources);
  }
  return map;
}

/** Asserts every header on one response and returns its script nonce. */
function expectSecurityHeaders(fetched: Fetched): string {
  const where = `${fetched.path} (${fetched.status})`;
  for (const [name, value] of Object.entries(FIXED_HEADERS))
    expect(fetched.headers.get(name), where).toBe(value);
  const permissions = fetched.headers.get('permissions-policy') ?? '';
  for (const off of ['camera=()', 'microphone=()', 'geolocation=()', 'payment=()', 'usb=()'])
    expect(permissions, where).toContain(off);
  // Plain http on loopback: no HSTS (a public host gets it, below).
  expect(fetched.headers.get('strict-transport-security'), where).toBeNull();

  const policy = directives(fetched.headers.get('content-security-policy') ?? '');
  const scriptSrc = policy.get('script-src') ?? [];
  expect(scriptSrc, where).toHaveLength(2);
  const nonce = NONCE.exec(scriptSrc[0] ?? '')?.[1];
  expect(nonce, `${where}: ${scriptSrc.join(' ')}`).toBeDefined();
  expect(scriptSrc[1], where).toBe("'strict-dynamic'");
  expect(policy.get('frame-ancestors'), where).toEqual(["'none'"]);
  expect(policy.get('object-src'), where).toEqual(["'none'"]);
  expect(policy.get('base-uri'), where).toEqual(["'none'"]);
  expect(policy.get('form-action'), where).toEqual(["'self'"]);
  expect(policy.get('connect-src'), where).toEqual(["'self'"]);
  expect(policy.get('default-src'), where).toEqual(["'self'"]);
  expect(policy.has('upgrade-insecure-requests'), where).toBe(false);
  return nonce!;
}

/** An HTML page: every script element carries this response's nonce, and there is at least one. */
function expectNoncedScripts(fetched: Fetched, nonce: string): void {
  const scripts = fetched.body.match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length, fetched.path).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag, fetched.path).toContain(` nonce="${nonce}"`);
}

describe('security headers on every response of the web server', () => {
  let session: WebSession;
  let gear: SeededGear;
  beforeAll(async () => {
    session = await startWebSession(webUrl, 'sign-up', `e2e-${randomUUID()}@example.com`);
    gear = await seedGear(graphqlUrl, session.accessToken);
  });

  it('puts them on every page, signed out and signed in, the share page and a 404, with a fresh nonce each', async () => {
    const signedOut = ['/', '/sign-in', '/sign-up', '/sign-in?next=%2F..%2F%2Fevil.example'];
    const signedIn = [
      '/gear',
      '/lists',
      `/lists/${gear.ids.list}`,
      '/packs',
      `/packs/${gear.ids.pack}`,
      '/trips',
      `/trips/${gear.ids.trip}`,
      '/import',
      '/preferences',
      '/account',
    ];
    const pages = [
      ...signedOut.map((path) => get(path)),
      ...signedIn.map((path) => get(path, { headers: { cookie: session.cookieHeader } })),
      get(`/s/${gear.shareToken}?kind=pack`),
      get('/s/no-such-share-token-at-all?kind=pack'),
      get('/no-such-page'),
      get('/gear', { headers: { cookie: session.cookieHeader } }), // the same page again: a new nonce
    ];
    const nonces: string[] = [];
    for (const fetched of await Promise.all(pages)) {
      // An unknown share token is a 404 when the API answers within the page's head start, and a
      // 200 whose streamed content says "not found" when it is slower (the share page, 1009): the
      // headers are what this test is about, so both are right here.
      const expectedStatuses =
        fetched.path === '/no-such-page'
          ? [404]
          : fetched.path.startsWith('/s/no-such-')
            ? [200, 404]
            : [200];
      expect(expectedStatuses, `${fetched.path} answered ${fetched.status}`).toContain(fetched.status);
      const nonce = expectSecurityHeaders(fetched);
      expectNoncedScripts(fetched, nonce);
      nonces.push(nonce);
    }
    expect(new Set(nonces).size).toBe(nonces.length);
    // The signed-in pages really rendered the user's data, and the share page the shared pack.
    const packPage = await get(`/packs/${gear.ids.pack}`, { headers: { cookie: session.cookieHeader } });
    expect(packPage.body).toContain('Night pack');
  });

  it('puts them on API routes, error answers and static assets too', async () => {
    const home = await get('/');
    const asset = /<script\b[^>]*\bsrc="(\/_next\/static\/[^"]+\.js)"/.exec(home.body)?.[1];
    expect(asset).toBeDefined();
    const answers = await Promise.all([
      get('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      }),
      get('/health/live'),
      get('/health/ready'),
      get('/api/session/refresh', { method: 'POST', headers: { origin: webUrl } }),
      get('/health/live', { method: 'DELETE' }),
      // Next's own error answer: a server action that does not exist.
      get('/gear', { method: 'POST', headers: { 'next-action': '0'.repeat(40) } }),
      get(asset!),
      get('/_next/static/chunks/no-such-chunk.js'),
      get('/icon.svg'),
    ]);
    expect(answers.map((answer) => `${answer.path} ${answer.status}`)).toEqual([
      '/graphql 200',
      '/health/live 200',
      '/health/ready 200',
      '/api/session/refresh 200',
      '/health/live 405',
      '/gear 400',
      `${asset} 200`,
      '/_next/static/chunks/no-such-chunk.js 404',
      '/icon.svg 200',
    ]);
    for (const answer of answers) expectSecurityHeaders(answer);
  });

  it('ignores a policy the client sends: Next takes the nonce only from the server', async () => {
    const attacker = "script-src 'nonce-AAAAAAAAAAAAAAAAAAAAAA=='";
    const page = await get('/sign-in', {
      headers: { 'content-security-policy': attacker, 'content-security-policy-report-only': attacker },
    });
    const nonce = expectSecurityHeaders(page);
    expect(nonce).not.toBe('AAAAAAAAAAAAAAAAAAAAAA==');
    expectNoncedScripts(page, nonce);
  });

  it('adds Strict-Transport-Security and upgrade-insecure-requests for a public host, not on loopback', async () => {
    const answer = await new Promise<{ headers: Record<string, string | string[] | undefined> }>(
      (done, fail) => {
        const url = new URL('/sign-in', webUrl);
        const call = httpRequest(
          {
            host: url.hostname,
            port: url.port,
            path: url.pathname,
            headers: { host: 'packyourbag.example' },
          },
          (response) => {
            response.resume();
            response.on('end', () => done({ headers: response.headers }));
          },
        );
        call.on('error', fail);
        call.end();
      },
    );
    expect(answer.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    expect(String(answer.headers['content-security-policy'])).toMatch(/; upgrade-insecure-requests$/);
    expect(answer.headers['x-frame-options']).toBe('DENY');
  });
});
