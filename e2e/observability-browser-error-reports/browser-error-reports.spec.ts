import { randomUUID } from 'node:crypto';
import type { SentryReceiver } from '@packyourbag/error-reports/testing';
import type { RunningStack } from '@packyourbag/stack';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { SPAN_KIND, type OtlpReceiver } from '../observability-traces/otlp-receiver.js';
import { signUp } from '../support/accounts.js';
import { signInWithForm, useChromium } from '../support/chromium.js';
import { startReportingStack, type ReportingStack } from '../support/reporting-stack.js';

// Decision 1381: with SENTRY_DSN set, an unexpected error in the page is reported by the browser
// SDK through the web server's same-origin tunnel, which scrubs it and forwards it to the DSN (here
// a local stand-in for Sentry's ingest). Tracing is on, so the report can name the page's trace.
let receiver: SentryReceiver;
let traces: OtlpReceiver;
let stack: RunningStack;
let reporting: ReportingStack | undefined;

beforeAll(async () => {
  reporting = await startReportingStack(['auth', 'packing', 'preferences', 'router', 'web'], {
    OTEL_BSP_SCHEDULE_DELAY: '100',
  });
  ({ receiver, traces, stack } = reporting);
});

afterAll(() => reporting?.stop());

/** Whether the page's browser SDK has a client yet (it starts after hydration). */
function browserReportsStarted(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    type Carrier = { version?: string } & Record<string, { defaultCurrentScope?: { getClient(): unknown } }>;
    const carrier = (globalThis as unknown as { __SENTRY__?: Carrier }).__SENTRY__;
    const version = carrier?.version;
    return Boolean(version && carrier[version]?.defaultCurrentScope?.getClient());
  });
}

describe('error reports from the browser (SENTRY_DSN set)', () => {
  const chromium = useChromium('observability-browser-error-reports');

  it('reports an unexpected error in the page once, through the tunnel, with ids and nothing personal', async () => {
    const { email, accessToken } = await signUp(stack.urls.graphql);
    const requestId = `e2e-page-${randomUUID()}`;
    await chromium.withPage(stack.urls.web, async (page, context) => {
      const tunnelled: string[] = [];
      const elsewhere: string[] = [];
      page.on('request', (request) => {
        if (!request.url().startsWith(stack.urls.web)) elsewhere.push(request.url());
        else if (new URL(request.url()).pathname === '/api/error-reports') tunnelled.push(request.method());
      });
      await signInWithForm(page, email, 'correct horse battery staple');
      // As an ingress would: the page request carries a request id.
      await context.setExtraHTTPHeaders({ 'x-request-id': requestId });
      await page.goto(`/gear?email=${encodeURIComponent(email)}`);
      await vi.waitFor(async () => expect(await browserReportsStarted(page)).toBe(true), {
        timeout: 15_000,
        interval: 100,
      });
      const cookies = (await context.cookies()).map((cookie) => cookie.value);
      expect(cookies.length).toBeGreaterThan(0);

      // An error no code of ours catches, holding what a report must not carry.
      await page.evaluate(
        ([address, token]) => {
          setTimeout(() => {
            throw new Error(`gear list broke for ${address} holding ${token}`);
          });
        },
        [email, accessToken],
      );

      await vi.waitFor(() => expect(receiver.events().length).toBeGreaterThanOrEqual(1), { timeout: 15_000 });
      // A second report would arrive within the time the first did.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const envelopes = receiver.envelopes.filter((envelope) =>
        envelope.items.some((item) => item.header.type === 'event'),
      );
      expect(envelopes).toHaveLength(1);
      const event = receiver.events()[0]!;
      expect(event).toMatchObject({
        environment: 'e2e',
        release: 'web@e2e0sha',
        tags: {
          service: 'web-browser',
          request_id: requestId,
          trace_id: expect.stringMatching(/^[0-9a-f]{32}$/),
        },
      });
      expect(JSON.stringify(event['exception'])).toContain('gear list broke for [email] holding [');
      expect(event).not.toHaveProperty('user');
      expect(JSON.stringify(event['request'] ?? {})).not.toContain('?');
      // The page went through the web server's tunnel, never to another origin.
      expect(tunnelled).toEqual(['POST']);
      expect(elsewhere).toEqual([]);

      // The trace id is the page's server render in the web server.
      const traceId = (event['tags'] as Record<string, string>)['trace_id'];
      await vi.waitFor(
        () =>
          expect(
            traces.spans.some(
              (span) => span.traceId === traceId && span.service === 'web' && span.kind === SPAN_KIND.server,
            ),
          ).toBe(true),
        { timeout: 10_000 },
      );

      const raw = envelopes[0]!.raw;
      for (const personal of [
        email,
        encodeURIComponent(email),
        accessToken,
        accessToken.split('.')[1]!,
        ...cookies,
      ]) {
        expect(raw, `leaked: ${personal}`).not.toContain(personal);
      }
    });
  }, 180_000);
});
