import { flushErrorReports, startErrorReports } from '@packyourbag/error-reports';
import { startSentryReceiver, type SentryReceiver } from '@packyourbag/error-reports/testing';
import * as Sentry from '@sentry/node';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestStack, type GraphQLBody, type TestStack } from '../../test/fixtures/test-stack.js';
import { tampered } from '../../test/fixtures/token-issuer.js';

// The router's own error-report path (decision 1360): its request-log plugin and its "request
// failed" 500, through the real Sentry SDK to a local stand-in for Sentry's ingest.
let receiver: SentryReceiver;
let stack: TestStack;
/** A fault in the router's key source, switched on for one request (a bug, not an outage). */
let keySourceBroken = false;
const PERSONAL = { email: 'hiker@example.com', ip: '203.0.113.7' };

beforeAll(async () => {
  receiver = await startSentryReceiver();
  startErrorReports({
    serviceName: 'router',
    env: { SENTRY_DSN: receiver.dsn, SENTRY_ENVIRONMENT: 'test', GIT_SHA: 'abc1234' },
  });
  stack = await startTestStack({
    config: {
      // A small bucket and a frozen clock, so that the last test is throttled.
      rateLimit: { enabled: true, capacity: 40, restorePerSecond: 1, failMode: 'open', keyPrefix: '' },
    },
    router: {
      now: () => 1_000_000,
      keysAvailable: () => {
        if (keySourceBroken) {
          throw new TypeError(`key source broke while checking ${PERSONAL.email} from ${PERSONAL.ip}`);
        }
        return true;
      },
    },
  });
}, 60_000);

afterAll(async () => {
  await stack?.close();
  await Sentry.close(2000);
  await receiver?.close();
});

/** Waits for `count` events, then a moment longer, so that a second report would be seen. */
async function eventsOnceSettled(count: number): Promise<Array<Record<string, unknown>>> {
  await flushErrorReports();
  await vi.waitFor(() => expect(receiver.events().length).toBeGreaterThanOrEqual(count), { timeout: 10_000 });
  await new Promise((resolve) => setTimeout(resolve, 500));
  await flushErrorReports();
  return receiver.events();
}

const codeOf = async (response: Response) =>
  ((await response.json()) as GraphQLBody).errors?.[0]?.extensions?.['code'];

describe('error reports from the router itself', () => {
  it('reports an unexpected error inside the router once, scrubbed, with request id and release', async () => {
    const token = tampered(await stack.issuer.sign());
    keySourceBroken = true;
    let response: Response;
    try {
      response = await stack.post(
        { query: '{ me { id } }' },
        {
          authorization: `Bearer ${token}`,
          cookie: `pyb_refresh=${token}`,
          'x-request-id': 'router-fault-1',
        },
      );
    } finally {
      keySourceBroken = false;
    }
    expect(response.status).toBe(500);
    expect(await codeOf(response)).toBe('INTERNAL_SERVER_ERROR');

    const events = await eventsOnceSettled(1);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      release: 'router@abc1234',
      environment: 'test',
      tags: { service: 'router', request_id: 'router-fault-1' },
    });
    const envelope = receiver.envelopes.find((each) =>
      each.items.some((item) => item.header.type === 'event'),
    )!;
    expect(envelope.raw).toContain('key source broke while checking [email] from [ip]');
    for (const personal of [PERSONAL.email, PERSONAL.ip, token, token.split('.')[1]!, 'pyb_refresh']) {
      expect(envelope.raw, `leaked: ${personal}`).not.toContain(personal);
    }
  });

  it('reports an error its plugin masks (a subgraph answer without a code) once', async () => {
    const before = receiver.events().length;
    const response = await stack.post({ query: '{ boom }' }, { 'x-request-id': 'router-masked-1' });
    expect(await codeOf(response)).toBe('INTERNAL_SERVER_ERROR');

    const events = (await eventsOnceSettled(before + 1)).slice(before);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ tags: { service: 'router', request_id: 'router-masked-1' } });
  });

  it("never reports a caller's mistake: BAD_USER_INPUT, UNAUTHENTICATED, THROTTLED", async () => {
    const before = receiver.events().length;
    const badInput = await stack.post({
      query: 'query ($withId: Boolean!) { me { id @include(if: $withId) } }',
      variables: { withId: 'yes' },
    });
    expect(await codeOf(badInput)).toBe('BAD_USER_INPUT');
    const unauthenticated = await stack.post(
      { query: '{ me { id } }' },
      { authorization: `Bearer ${tampered(await stack.issuer.sign())}` },
    );
    expect(await codeOf(unauthenticated)).toBe('UNAUTHENTICATED');
    let throttled: unknown;
    for (let call = 0; call < 60 && throttled !== 'THROTTLED'; call += 1) {
      throttled = await codeOf(await stack.post({ query: '{ me { id } }' }));
    }
    expect(throttled).toBe('THROTTLED');

    await flushErrorReports();
    // A report would have arrived within the time the first one's did.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await flushErrorReports();
    expect(receiver.events().slice(before)).toEqual([]);
  });
});
