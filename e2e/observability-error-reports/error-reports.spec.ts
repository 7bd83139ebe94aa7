import { randomBytes, randomUUID } from 'node:crypto';
import type { SentryReceiver } from '@packyourbag/error-reports/testing';
import type { RunningStack } from '@packyourbag/stack';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { codeOf, send } from '../router-support/router-http.js';
import { startReportingStack, type ReportingStack } from '../support/reporting-stack.js';
import { randomClientIp } from '../support/forwarded-client.js';

// Issue 17 part 3: a stack of its own whose services report to a local stand-in for Sentry's ingest
// (SENTRY_DSN → the receiver); an unexpected error is reported once, a caller's mistake never, and
// nothing personal the requests carried reaches the receiver. Tracing is on (to an OTLP receiver)
// and the caller's traceparent trusted, so a report's trace id can be checked against the caller's.
let receiver: SentryReceiver;
let stack: RunningStack;
let reporting: ReportingStack | undefined;

beforeAll(async () => {
  reporting = await startReportingStack(['auth', 'packing', 'preferences', 'router'], {
    ROUTER_TRUST_TRACEPARENT: 'true',
  });
  ({ receiver, stack } = reporting);
});

afterAll(() => reporting?.stop());

const SIGN_UP = 'mutation ($input: SignUpInput!) { signUp(input: $input) { accessToken refreshToken } }';
const CREATE_ITEM = 'mutation ($input: CreateItemInput!) { createItem(input: $input) { id } }';

interface Caller {
  email: string;
  ip: string;
  accessToken: string;
  refreshToken: string;
}

async function signUp(): Promise<Caller> {
  const email = `e2e-errors-${randomUUID()}@example.com`;
  const ip = randomClientIp();
  const answer = await send(
    stack.urls.graphql,
    { query: SIGN_UP, variables: { input: { email, password: 'correct horse battery staple' } } },
    { ip },
  );
  expect(answer.body.errors).toBeUndefined();
  const payload = answer.body.data?.['signUp'] as { accessToken: string; refreshToken: string };
  return { email, ip, ...payload };
}

/**
 * A request that carries everything personal a report must not (token, cookie, address,
 * variables), in a trace of the caller's.
 */
function sendAs(caller: Caller, body: object, requestId: string, traceId = randomBytes(16).toString('hex')) {
  const traceparent = `00-${traceId}-${randomBytes(8).toString('hex')}-01`;
  return send(stack.urls.graphql, body, {
    token: caller.accessToken,
    ip: caller.ip,
    headers: { 'x-request-id': requestId, cookie: `pyb_refresh=${caller.refreshToken}`, traceparent },
  });
}

/** Runs `work` while packing's items table is missing: a store failure for the requests in between. */
async function withoutItemsTable<T>(work: () => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: stack.databaseUrl });
  await admin.connect();
  try {
    await admin.query('ALTER TABLE packing.items RENAME TO items_away');
    try {
      return await work();
    } finally {
      await admin.query('ALTER TABLE packing.items_away RENAME TO items');
    }
  } finally {
    await admin.end();
  }
}

/** Waits until `count` events arrived, then a moment longer, so that a second report would be seen. */
async function eventsOnceSettled(count: number): Promise<Array<Record<string, unknown>>> {
  await vi.waitFor(() => expect(receiver.events().length).toBeGreaterThanOrEqual(count), { timeout: 10_000 });
  await new Promise((resolve) => setTimeout(resolve, 1500));
  return receiver.events();
}

function expectNothingPersonal(caller: Caller, raw: string): void {
  for (const personal of [
    caller.email,
    caller.email.replace('@', '%40'),
    caller.accessToken,
    caller.accessToken.split('.')[1]!,
    caller.refreshToken,
    caller.ip,
    'pyb_refresh',
    'correct horse battery staple',
  ]) {
    expect(raw, `leaked: ${personal}`).not.toContain(personal);
  }
}

describe('error reports (SENTRY_DSN set)', () => {
  it("reports a subgraph's store failure once, from that subgraph, with ids and no personal data; a caller's mistake never", async () => {
    const caller = await signUp();

    // Caller mistakes first: none of them may produce a report.
    const mistakes = [
      {
        body: { query: SIGN_UP, variables: { input: { email: 'not-an-email', password: 'x' } } },
        code: 'BAD_USER_INPUT',
      },
      { body: { query: '{ nope }' }, code: 'GRAPHQL_VALIDATION_FAILED' },
      {
        body: { query: 'mutation ($id: ID!) { deleteItem(id: $id) }', variables: { id: randomUUID() } },
        code: 'NOT_FOUND',
      },
      {
        body: { query: CREATE_ITEM, variables: { input: { name: caller.email, weightMg: -1 } } },
        code: 'BAD_USER_INPUT',
      },
    ];
    for (const mistake of mistakes) {
      expect(codeOf(await sendAs(caller, mistake.body, `e2e-mistake-${randomUUID()}`))).toBe(mistake.code);
    }
    const anonymous = await send(stack.urls.graphql, {
      query: CREATE_ITEM,
      variables: { input: { name: 'tent', weightMg: 1 } },
    });
    expect(codeOf(anonymous)).toBe('UNAUTHENTICATED');

    const requestId = `e2e-report-${randomUUID()}`;
    const traceId = randomBytes(16).toString('hex');
    const failed = await withoutItemsTable(() =>
      sendAs(
        caller,
        { query: CREATE_ITEM, variables: { input: { name: caller.email, weightMg: 1200 } } },
        requestId,
        traceId,
      ),
    );
    expect(codeOf(failed)).toBe('INTERNAL_SERVER_ERROR');

    const events = await eventsOnceSettled(1);
    expect(events).toHaveLength(1);
    const [event] = events;
    expect(event).toMatchObject({
      level: 'error',
      environment: 'e2e',
      release: 'packing@e2e0sha',
      tags: { service: 'packing', request_id: requestId, trace_id: traceId },
      contexts: { trace: { trace_id: traceId } },
    });
    const envelope = receiver.envelopes.find((candidate) =>
      candidate.items.some((item) => item.header.type === 'event'),
    )!;
    expect(envelope.path).toBe('/api/1/envelope/');
    expectNothingPersonal(caller, envelope.raw);
  });

  it('does not report an outage (a subgraph down answers SERVICE_UNAVAILABLE; metrics and alerts cover it)', async () => {
    const caller = await signUp();
    const before = receiver.events().length;
    await stack.stopService('preferences');
    try {
      const answer = await sendAs(
        caller,
        { query: '{ me { email preferences { weightUnit } } }' },
        `e2e-outage-${randomUUID()}`,
      );
      expect(codeOf(answer)).toBe('SERVICE_UNAVAILABLE');
      // A report would arrive within the time an internal error's did above.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(receiver.events().slice(before)).toEqual([]);
    } finally {
      await stack.startService('preferences');
    }
  });
});
