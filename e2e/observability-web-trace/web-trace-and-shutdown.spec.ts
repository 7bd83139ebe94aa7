import { randomBytes, randomUUID } from 'node:crypto';
import type { RunningStack, ServiceName } from '@packyourbag/stack';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  SPAN_KIND,
  startOtlpReceiver,
  type OtlpReceiver,
  type ReceivedSpan,
} from '../observability-traces/otlp-receiver.js';
import { postGraphQL } from '../support/graphql-client.js';
import { startScenarioStack } from '../support/scenario-stack.js';
import { startWebSession } from '../support/web-session.js';

// Decision 1380: a page the web server renders is one trace with the router's and the subgraphs'
// spans, and the spans every process still holds when it is told to stop (SIGTERM) are exported
// before it exits. The batch processor waits ten minutes here, so nothing is exported before the
// services stop: what arrives was sent by the shutdown.
let receiver: OtlpReceiver;
let stack: RunningStack;

const SERVICES: readonly ServiceName[] = ['auth', 'packing', 'preferences', 'router', 'web'];

beforeAll(async () => {
  receiver = await startOtlpReceiver();
  stack = await startScenarioStack({
    services: SERVICES,
    env: {
      ...process.env,
      OTEL_EXPORTER_OTLP_ENDPOINT: receiver.endpoint,
      OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
      OTEL_BSP_SCHEDULE_DELAY: '600000',
      // Callers' traceparent is not trusted: the router continues the web server's trace only
      // because the web server proves it with CLIENT_ADDRESS_SECRET (set for both by the stack).
      ROUTER_TRUST_TRACEPARENT: 'false',
    },
  });
});

afterAll(async () => {
  await stack?.stop();
  await receiver?.close();
});

const inTrace = (traceId: string) => receiver.spans.filter((span) => span.traceId === traceId);

/** True when `span` descends from `ancestor` along parent ids within its trace. */
function descendsFrom(span: ReceivedSpan, ancestor: ReceivedSpan): boolean {
  const byId = new Map(inTrace(span.traceId).map((each) => [each.spanId, each]));
  for (let at = span.parentSpanId; at; at = byId.get(at)?.parentSpanId) {
    if (at === ancestor.spanId) return true;
  }
  return false;
}

/** The web server's span for `GET <path>` (the http instrumentation's server span). */
function webPageSpan(path: string): ReceivedSpan | undefined {
  return receiver.spans.find(
    (span) =>
      span.service === 'web' &&
      span.kind === SPAN_KIND.server &&
      (span.attributes['url.path'] === path || span.attributes['http.target'] === path),
  );
}

describe('the web server in the trace, and spans at shutdown', () => {
  it('a server-rendered page is one trace web → router → subgraphs, exported when the services stop', async () => {
    const session = await startWebSession(
      stack.urls.web,
      'sign-up',
      `e2e-web-trace-${randomUUID()}@example.com`,
    );
    // /gear renders on the server with the page session: the web server asks the router for the data.
    const page = await fetch(`${stack.urls.web}/gear`, { headers: { cookie: session.cookieHeader } });
    expect(page.status).toBe(200);
    await page.text();
    // A caller's own traceparent, without the web server's proof, is not continued by the router.
    const strangerTrace = randomBytes(16).toString('hex');
    const stranger = await postGraphQL(stack.urls.graphql, '{ __typename }', {
      headers: { traceparent: `00-${strangerTrace}-${randomBytes(8).toString('hex')}-01` },
    });
    expect(stranger.errors).toBeUndefined();

    // Nothing is exported while the services run (a ten-minute batch delay)…
    expect(receiver.spans).toEqual([]);

    // …and everything once each is stopped with SIGTERM, edge first as in a rolling shutdown.
    for (const service of ['web', 'router', 'auth', 'packing', 'preferences'] as const) {
      await stack.stopService(service);
    }
    await vi.waitFor(
      () => expect(new Set(receiver.spans.map((span) => span.service))).toEqual(new Set(SERVICES)),
      { timeout: 15_000, interval: 100 },
    );

    const web = webPageSpan('/gear');
    expect(web, 'the web server span of GET /gear').toBeDefined();
    const trace = inTrace(web!.traceId);
    const router = trace.filter((span) => span.service === 'router' && span.kind === SPAN_KIND.server);
    expect(router.length, 'router request spans in the page’s trace').toBeGreaterThan(0);
    for (const span of router) expect(descendsFrom(span, web!)).toBe(true);
    // The page's data came from packing (the gear) through the router, in the same trace.
    const packing = trace.find((span) => span.service === 'packing' && span.kind === SPAN_KIND.server);
    expect(packing, 'packing’s server span in the page’s trace').toBeDefined();
    expect(router.some((span) => descendsFrom(packing!, span))).toBe(true);
    expect(inTrace(strangerTrace)).toEqual([]);
  });
});
