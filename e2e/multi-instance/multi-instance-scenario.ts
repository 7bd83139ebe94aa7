import { randomUUID } from 'node:crypto';
import { startMultiInstanceStack, type MultiInstanceStack, type SubgraphName } from '@packyourbag/stack';
import { expect } from 'vitest';
import { send, type RouterAnswer } from '../router-support/router-http.js';
import { E2E_CLIENT_ADDRESS_SECRET, randomClientIp } from '../support/forwarded-client.js';

/** One JSON log line of one process (`packing#2`), as pino wrote it. */
export interface ServiceRecord {
  instance: string;
  record: Record<string, unknown>;
}

export interface MultiInstanceScenario {
  stack: MultiInstanceStack;
  /** Every JSON log line every process wrote, restarted ones included. */
  records: ServiceRecord[];
}

/**
 * Two routers and two instances of each subgraph on one PostgreSQL database, Redis and document
 * store (tools/stack's startMultiInstanceStack, decision 1390), with the scenarios' defaults:
 * NODE_ENV=test, their client-address secret, quiet unless E2E_SHOW_LOGS=1. Always the real
 * servers (E2E_EMBEDDED is ignored): several processes need a shared Redis for one budget, and
 * PGlite serves one process's worth of connections.
 */
export async function startMultiInstanceScenario(env: NodeJS.ProcessEnv): Promise<MultiInstanceScenario> {
  const records: ServiceRecord[] = [];
  const stack = await startMultiInstanceStack({
    env,
    instances: 2,
    routers: 2,
    nodeEnv: 'test',
    clientAddressSecret: E2E_CLIENT_ADDRESS_SECRET,
    showServiceOutput: process.env.E2E_SHOW_LOGS === '1',
    print: (line) => {
      if (process.env.E2E_SHOW_LOGS === '1') console.log(line);
    },
    onServiceLine: (instance, line) => {
      if (!line.startsWith('{')) return;
      try {
        records.push({ instance, record: JSON.parse(line) as Record<string, unknown> });
      } catch {
        // Not a log record (a stray line of JSON-looking output).
      }
    },
  });
  return { stack, records };
}

export interface CallOptions {
  token?: string;
  /** The caller's address, forwarded with the web server's proof. */
  ip?: string;
  /** Land the router's call to the subgraph on this instance (the spreader reads the request id). */
  instance?: number;
  headers?: Record<string, string>;
}

/** A request through router `router` (1 or 2), with a request id the spreaders remember. */
export async function call(
  stack: MultiInstanceStack,
  router: number,
  body: object,
  options: CallOptions = {},
): Promise<RouterAnswer & { requestId: string }> {
  const requestId = `e2e-multi-${randomUUID()}${options.instance ? `.instance-${options.instance}` : ''}`;
  const graphqlUrl = stack.graphqlUrls[router - 1];
  if (!graphqlUrl) throw new Error(`There is no router ${router}.`);
  const answer = await send(graphqlUrl, body, {
    ...(options.token ? { token: options.token } : {}),
    ...(options.ip ? { ip: options.ip } : {}),
    headers: { 'x-request-id': requestId, ...options.headers },
  });
  return { ...answer, requestId };
}

/** A counter of a process's /metrics with these labels (0 when absent). */
export async function metricOf(
  baseUrl: string,
  name: string,
  labels: Record<string, string>,
): Promise<number> {
  const text = await (await fetch(`${baseUrl}/metrics`)).text();
  for (const line of text.split('\n')) {
    const match = /^([a-z_]+)\{([^}]*)\} (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const present = Object.fromEntries(
      [...match[2]!.matchAll(/([a-z_]+)="([^"]*)"/g)].map((label) => [label[1], label[2]]),
    );
    if (Object.entries(labels).every(([key, value]) => present[key] === value)) return Number(match[3]);
  }
  return 0;
}

/** The counter on each instance of `subgraph`, instance 1 first. */
export async function metricPerInstance(
  stack: MultiInstanceStack,
  subgraph: SubgraphName,
  name: string,
  labels: Record<string, string>,
): Promise<number[]> {
  return Promise.all(stack.instanceUrls[subgraph].map((url) => metricOf(url, name, labels)));
}

export const PASSWORD = 'correct horse battery staple';
export const AUTH_PAYLOAD = 'accessToken refreshToken user { id }';

/** An account signed up from an address of its own (its anonymous bucket is its own too). */
export interface SignedUp {
  email: string;
  ip: string;
  accessToken: string;
  refreshToken: string;
  user: { id: string };
}

export async function signUp(
  stack: MultiInstanceStack,
  router: number,
  options: CallOptions = {},
): Promise<SignedUp> {
  const email = `e2e-multi-${randomUUID()}@example.com`;
  const ip = options.ip ?? randomClientIp();
  const signedUp = await ok<{ signUp: Omit<SignedUp, 'email' | 'ip'> }>(
    stack,
    router,
    {
      query: `mutation ($input: SignUpInput!) { signUp(input: $input) { ${AUTH_PAYLOAD} } }`,
      variables: { input: { email, password: PASSWORD } },
    },
    { ...options, ip },
  );
  return { email, ip, ...signedUp.signUp };
}

/** The data of a request that must succeed (the test fails on any error). */
export async function ok<T>(
  stack: MultiInstanceStack,
  router: number,
  body: object,
  options: CallOptions,
): Promise<T> {
  const answer = await call(stack, router, body, options);
  expect(answer.body.errors, JSON.stringify(answer.body.errors)).toBeUndefined();
  return answer.body.data as T;
}
