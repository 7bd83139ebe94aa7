import * as Sentry from '@sentry/node';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startSentryReceiver, type SentryReceiver } from '../testing/index.js';
import { reportUnexpectedError } from './report-unexpected-error.js';
import { flushErrorReports, startErrorReports } from './start-error-reports.js';

// Through the real SDK and transport: a local receiver stands in for Sentry's ingest.
let receiver: SentryReceiver;

beforeAll(async () => {
  receiver = await startSentryReceiver();
  startErrorReports({
    serviceName: 'packing',
    version: '0.1.0',
    env: { SENTRY_DSN: receiver.dsn, SENTRY_ENVIRONMENT: 'test', GIT_SHA: 'abc1234' },
  });
});

afterAll(async () => {
  await Sentry.close(2000);
  await receiver?.close();
});

describe('reportUnexpectedError', () => {
  it('sends one event with the request id, release, environment and service, scrubbed', async () => {
    reportUnexpectedError(new Error('insert failed for hiker@example.com from 203.0.113.7'), {
      requestId: 'req-1',
      extra: { variables: { email: 'hiker@example.com' } },
    });
    await flushErrorReports();
    await vi.waitFor(() => expect(receiver.events()).toHaveLength(1));

    const [envelope] = receiver.envelopes;
    expect(envelope?.path).toBe('/api/1/envelope/');
    const event = receiver.events()[0]!;
    expect(event).toMatchObject({
      release: 'packing@abc1234',
      environment: 'test',
      tags: { service: 'packing', request_id: 'req-1' },
    });
    expect(JSON.stringify(event['exception'])).toContain('insert failed for [email] from [ip]');
    for (const personal of ['hiker@example.com', '203.0.113.7'])
      expect(envelope?.raw).not.toContain(personal);
  });
});
