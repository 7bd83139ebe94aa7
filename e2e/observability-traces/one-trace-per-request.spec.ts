import { randomBytes, randomUUID } from 'node:crypto';
import type { RunningStack } from '@packyourbag/stack';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { postGraphQL } from '../support/graphql-client.js';
import { startScenarioStack } from '../support/scenario-stack.js';
import { SPAN_KIND, startOtlpReceiver, type OtlpReceiver, type ReceivedSpan } from './otlp-receiver.js';

// A stack of its own that exports traces (OTLP/HTTP JSON) to a receiver in this test, honours a
// caller's traceparent, and flushes spans every 100 ms; decision 1350.
let receiver: OtlpReceiver;
let stack: RunningStack;
const serviceOutput: string[] = [];

beforeAll(async () => {
  receiver = await startOtlpReceiver();
  stack = await startScenarioStack({
    services: ['auth', 'packing', 'preferences', 'router'],
    // The router's access log is read below (trace ids beside the request id).
    showServiceOutput: true,
    env: {
      ...process.env,
      OTEL_EXPORTER_OTLP_ENDPOINT: receiver.endpoint,
      OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
      OTEL_BSP_SCHEDULE_DELAY: '100',
      ROUTER_TRUST_TRACEPARENT: 'true',
    },
    logFormat: 'json',
    print: (line) => {
      serviceOutput.push(line);
      if (process.env.E2E_SHOW_LOGS === '1') console.log(line);
    },
  });
});

afterAll(async () => {
  await stack?.stop();
  await receiver?.close();
});

const SIGN_UP = /* GraphQL */ `
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      accessToken
      refreshToken
    }
  }
`;
const ME = /* GraphQL */ `
  query Me {
    me {
      id
      email
      preferences {
        weightUnit
      }
      items(first: 5) {
        nodes {
          id
          name
        }
      }
    }
  }
`;

interface Account {
  email: string;
  password: string;
  accessToken: string;
  refreshToken: string;
}

async function signUp(): Promise<Account> {
  const email = `trace-${randomUUID()}@example.com`;
  const password = `pass phrase ${randomBytes(9).toString('base64url')}`;
  const answer = await postGraphQL<{ signUp: { accessToken: string; refreshToken: string } }>(
    stack.urls.graphql,
    SIGN_UP,
    { variables: { input: { email, password } } },
  );
  expect(answer.errors).toBeUndefined();
  return { email, password, ...answer.data!.signUp };
}

/** A caller's W3C traceparent: a new trace id, the caller's span id, sampled. */
function callerTraceparent(): { header: string; traceId: string; spanId: string } {
  const traceId = randomBytes(16).toString('hex');
  const spanId = randomBytes(8).toString('hex');
  return { header: `00-${traceId}-${spanId}-01`, traceId, spanId };
}

const inTrace = (traceId: string) => receiver.spans.filter((span) => span.traceId === traceId);
const isDatabaseSpan = (span: ReceivedSpan) =>
  Object.keys(span.attributes).some((key) => key.startsWith('db.'));

/** True when `span` descends from `ancestor` along parent ids within its trace. */
function descendsFrom(span: ReceivedSpan, ancestor: ReceivedSpan): boolean {
  const byId = new Map(inTrace(span.traceId).map((each) => [each.spanId, each]));
  for (let at = span.parentSpanId; at; at = byId.get(at)?.parentSpanId) {
    if (at === ancestor.spanId) return true;
  }
  return false;
}

describe('one trace per request across router, subgraphs and databases', () => {
  it('a signed-in me query is one trace, under the caller’s traceparent, named by operation', async () => {
    const account = await signUp();
    const caller = callerTraceparent();
    const answer = await postGraphQL(stack.urls.graphql, ME, {
      token: account.accessToken,
      headers: { traceparent: caller.header },
    });
    expect(answer.errors).toBeUndefined();

    await vi.waitFor(
      () => {
        const services = new Set(inTrace(caller.traceId).map((span) => span.service));
        expect([...services].sort()).toEqual(['auth', 'packing', 'preferences', 'router']);
        expect(inTrace(caller.traceId).some(isDatabaseSpan)).toBe(true);
      },
      { timeout: 15_000, interval: 100 },
    );
    // Spans still in flight (a subgraph's last database span) arrive within a flush or two.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const trace = inTrace(caller.traceId);

    // The router's request span continues the caller's trace and is named by the operation.
    const request = trace.find((span) => span.service === 'router' && span.kind === SPAN_KIND.server);
    expect(request).toMatchObject({ name: 'query Me', parentSpanId: caller.spanId });
    expect(request!.attributes).toMatchObject({
      'graphql.operation.name': 'Me',
      'graphql.operation.type': 'query',
    });

    // A fetch span per subgraph call of the plan, each with the subgraph's server span beneath it.
    const fetches = trace.filter((span) => span.service === 'router' && span.name === 'gateway.fetch');
    expect(new Set(fetches.map((span) => span.attributes['service']))).toEqual(
      new Set(['auth', 'packing', 'preferences']),
    );
    for (const subgraph of ['auth', 'packing', 'preferences']) {
      const server = trace.find((span) => span.service === subgraph && span.kind === SPAN_KIND.server);
      expect(server, `${subgraph} server span`).toBeDefined();
      const fetch = fetches.find((span) => span.attributes['service'] === subgraph)!;
      expect(descendsFrom(server!, fetch), `${subgraph} under its gateway.fetch`).toBe(true);
    }
    // Database spans sit under a subgraph's server span: packing's SQL, preferences' MongoDB.
    for (const subgraph of ['packing', 'preferences']) {
      const server = trace.find((span) => span.service === subgraph && span.kind === SPAN_KIND.server)!;
      const database = trace.filter((span) => span.service === subgraph && isDatabaseSpan(span));
      expect(database.length, `${subgraph} database spans`).toBeGreaterThan(0);
      for (const span of database) expect(descendsFrom(span, server)).toBe(true);
    }

    // The router's access-log line for the request carries the trace beside the request id.
    const logLine = serviceOutput
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .find(
        (line) => line['service'] === 'router' && line['msg'] === 'request' && line['operationName'] === 'Me',
      );
    expect(logLine).toMatchObject({ trace_id: caller.traceId, span_id: request!.spanId });
    expect(logLine!['requestId']).toEqual(expect.any(String));

    expectNoSecretsIn(account);
  });

  it('an account deletion is followed from the request to both consumers through the outbox', async () => {
    const account = await signUp();
    const caller = callerTraceparent();
    const answer = await postGraphQL(
      stack.urls.graphql,
      'mutation Delete($input: DeleteAccountInput!) { deleteAccount(input: $input) }',
      {
        token: account.accessToken,
        variables: { input: { password: account.password } },
        headers: { traceparent: caller.header },
      },
    );
    expect(answer.errors).toBeUndefined();

    // packing and preferences each handle user.deleted in a consumer span of its own trace, linked
    // to the deletion's trace; their database work sits under it.
    await vi.waitFor(
      () => {
        const consumers = receiver.spans.filter(
          (span) =>
            span.kind === SPAN_KIND.consumer &&
            span.name === 'user.deleted process' &&
            span.links.some((link) => link.traceId === caller.traceId),
        );
        expect(consumers.map((span) => span.service).sort()).toEqual(['packing', 'preferences']);
        for (const consumer of consumers) {
          expect(consumer.traceId).not.toBe(caller.traceId);
          expect(consumer.attributes['messaging.consumer.group.name']).toBe(consumer.service);
          expect(
            inTrace(consumer.traceId).some((span) => isDatabaseSpan(span) && descendsFrom(span, consumer)),
          ).toBe(true);
        }
      },
      { timeout: 20_000, interval: 200 },
    );
    // The link points at a span of the deletion request in auth.
    const linked = receiver.spans
      .filter((span) => span.kind === SPAN_KIND.consumer)
      .flatMap((span) => span.links)
      .find((link) => link.traceId === caller.traceId)!;
    expect(inTrace(caller.traceId).find((span) => span.spanId === linked.spanId)?.service).toBe('auth');

    expectNoSecretsIn(account);
  });
});

/** No span, anywhere in what was exported, holds the account's email, password or tokens. */
function expectNoSecretsIn(account: Account): void {
  const everything = receiver.bodies.join('\n');
  expect(receiver.spans.length).toBeGreaterThan(0);
  for (const [name, secret] of Object.entries({
    email: account.email,
    password: account.password,
    accessToken: account.accessToken,
    refreshToken: account.refreshToken,
  })) {
    expect(everything.includes(secret), `${name} in an exported span`).toBe(false);
  }
  const credentialKeys = receiver.spans.flatMap((span) =>
    Object.keys(span.attributes).filter((key) => /authorization|cookie|variables/i.test(key)),
  );
  expect(credentialKeys).toEqual([]);
}
