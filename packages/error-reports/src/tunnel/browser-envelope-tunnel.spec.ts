import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSentryReceiver, type SentryReceiver } from '../testing/index.js';
import { createBrowserEnvelopeTunnel } from './browser-envelope-tunnel.js';

// The tunnel in a real HTTP server, forwarding to the local stand-in for Sentry's ingest.
let receiver: SentryReceiver;
let server: Server;
let tunnelUrl: string;

beforeAll(async () => {
  receiver = await startSentryReceiver();
  const tunnel = createBrowserEnvelopeTunnel({ dsn: receiver.dsn, maxBytes: 20_000 });
  server = createServer((request, response) => void tunnel(request, response));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  tunnelUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/error-reports`;
});

afterAll(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
  await receiver?.close();
});

beforeEach(() => {
  receiver.envelopes.length = 0;
});

const EMAIL = 'hiker@example.com';
const TOKEN = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ1c2VyLTEifQ.c2lnbmF0dXJlLW9mLXRoZS10b2tlbg';

/** An envelope as @sentry/browser writes it: header, then item header and payload lines. */
function envelope(dsn: string, extraItems: string[] = []): string {
  const event = {
    event_id: 'a'.repeat(32),
    level: 'error',
    release: 'web@abc1234',
    tags: { service: 'web-browser', request_id: 'page-req-1', trace_id: 'b'.repeat(32) },
    exception: { values: [{ type: 'Error', value: `render failed for ${EMAIL} with ${TOKEN}` }] },
    request: {
      url: `http://203.0.113.9:3000/gear?email=${EMAIL}`,
      headers: { 'User-Agent': 'x', Cookie: 'pyb_session=1' },
    },
    user: { email: EMAIL, ip_address: '203.0.113.9' },
    extra: { variables: { email: EMAIL } },
  };
  return [
    JSON.stringify({
      event_id: 'a'.repeat(32),
      sent_at: new Date().toISOString(),
      dsn,
      trace: { user_segment: EMAIL },
    }),
    JSON.stringify({ type: 'event' }),
    JSON.stringify(event),
    ...extraItems,
  ].join('\n');
}

const post = (body: string, headers: Record<string, string> = {}) =>
  fetch(tunnelUrl, { method: 'POST', headers: { 'content-type': 'text/plain', ...headers }, body });

describe('the browser envelope tunnel', () => {
  it('forwards only the error event, scrubbed, to the DSN’s project once', async () => {
    const session = [JSON.stringify({ type: 'session' }), JSON.stringify({ sid: 's', did: EMAIL })];
    const response = await post(envelope(receiver.dsn, session));
    expect(response.status).toBe(200);

    expect(receiver.envelopes).toHaveLength(1);
    const [forwarded] = receiver.envelopes;
    expect(forwarded!.path).toBe('/api/1/envelope/');
    expect(forwarded!.items.map((item) => item.header.type)).toEqual(['event']);
    expect(forwarded!.header).not.toHaveProperty('trace');
    const event = receiver.events()[0]!;
    expect(event).toMatchObject({
      release: 'web@abc1234',
      tags: { service: 'web-browser', request_id: 'page-req-1', trace_id: 'b'.repeat(32) },
    });
    expect(event).not.toHaveProperty('user');
    expect(JSON.stringify(event['exception'])).toContain('render failed for [email]');
    for (const personal of [EMAIL, TOKEN, '203.0.113.9', 'pyb_session', '?email']) {
      expect(forwarded!.raw, `leaked: ${personal}`).not.toContain(personal);
    }
  });

  it('refuses envelopes for another project, key or ingest, and ones without a DSN', async () => {
    const own = new URL(receiver.dsn);
    const others = [
      receiver.dsn.replace(/\/1$/, '/2'),
      receiver.dsn.replace('public@', 'other@'),
      `http://public@127.0.0.2:${own.port}/1`,
    ];
    for (const dsn of others) expect((await post(envelope(dsn))).status, dsn).toBe(403);
    expect((await post(envelope(receiver.dsn).replace(/"dsn":"[^"]+",/, ''))).status).toBe(403);
    expect(receiver.envelopes).toEqual([]);
  });

  it('refuses what is too large or not an envelope, and anything but POST', async () => {
    const large = envelope(receiver.dsn).replace('render failed', `render failed ${'x'.repeat(25_000)}`);
    expect((await post(large)).status).toBe(413);
    expect((await post('not an envelope')).status).toBe(400);
    expect((await fetch(tunnelUrl)).status).toBe(405);
    expect(receiver.envelopes).toEqual([]);
  });
});
