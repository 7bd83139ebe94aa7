import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startCostStack, type CostStack } from '../../test/fixtures/cost-stack.js';
import type { Router } from '../create-router.js';

interface CostBody {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
  extensions?: {
    cost?: {
      requestedQueryCost: number;
      actualQueryCost: number;
      throttleStatus: { maximumAvailable: number; currentlyAvailable: number; restoreRate: number } | null;
    };
  };
}

/** The test client plays a configured proxy on loopback, naming anonymous callers by X-Forwarded-For. */
const LOOPBACK_PROXY = { trustedProxies: ['127.0.0.1', '::1'] };

/** Costs 2 and returns 2 users: requested = actual, nothing refunded. */
const TWO_USERS = { query: '{ users(first: 2) { id } }' };
/** Costs 1 + 1 + 20 = 22; the gear subgraph holds 3 items, so it actually costs 1 + 1 + 3 = 5. */
const TWENTY_ITEMS = { query: '{ me { items(first: 20) { nodes { id } } } }' };

async function post(url: string, body: object, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { response, body: (await response.json()) as CostBody };
}

describe('cost token buckets in memory (fake clock)', () => {
  let stack: CostStack;
  let now = 1_000_000;
  beforeAll(async () => {
    stack = await startCostStack({
      config: {
        ...LOOPBACK_PROXY,
        rateLimit: { enabled: true, capacity: 10, restorePerSecond: 10, failMode: 'open', keyPrefix: '' },
      },
      router: { now: () => now },
    });
  });
  afterAll(() => stack.close());

  it('charges each call, then refuses with 429 THROTTLED and Retry-After without running it, then recovers at the restore rate', async () => {
    const ip = { 'x-forwarded-for': '203.0.113.10' }; // loopback is a configured proxy here
    for (let call = 1; call <= 5; call += 1) {
      const { response, body } = await post(stack.router.url, TWO_USERS, ip);
      expect(response.status).toBe(200);
      expect(body.extensions?.cost?.throttleStatus).toEqual({
        maximumAvailable: 10,
        currentlyAvailable: 10 - 2 * call,
        restoreRate: 10,
      });
    }
    stack.accounts.received.length = 0;

    const throttled = await post(stack.router.url, TWO_USERS, ip);

    expect(throttled.response.status).toBe(429);
    expect(throttled.response.headers.get('retry-after')).toBe('1');
    expect(throttled.body.data).toBeUndefined();
    expect(throttled.body.errors?.[0]?.extensions).toEqual({ code: 'THROTTLED', retryAfter: 1 });
    expect(throttled.body.extensions?.cost?.throttleStatus?.currentlyAvailable).toBe(0);
    expect(stack.accounts.received).toHaveLength(0);

    now += 100; // 10 points/s: one point back, still short of 2
    expect((await post(stack.router.url, TWO_USERS, ip)).response.status).toBe(429);
    now += 100; // two points back
    const recovered = await post(stack.router.url, TWO_USERS, ip);
    expect(recovered.response.status).toBe(200);
    expect(recovered.body.extensions?.cost?.throttleStatus?.currentlyAvailable).toBe(0);
  });

  it('keeps one bucket per anonymous IP and one per signed-in user', async () => {
    const ip = { 'x-forwarded-for': '203.0.113.11' };
    for (let call = 0; call < 5; call += 1) await post(stack.router.url, TWO_USERS, ip);
    expect((await post(stack.router.url, TWO_USERS, ip)).response.status).toBe(429);

    const otherIp = await post(stack.router.url, TWO_USERS, { 'x-forwarded-for': '203.0.113.12' });
    const token = await stack.issuer.sign({ claims: { sub: `user-${randomUUID()}` } });
    const signedIn = await post(stack.router.url, TWO_USERS, { ...ip, authorization: `Bearer ${token}` });

    expect(otherIp.response.status).toBe(200);
    expect(signedIn.response.status).toBe(200);
  });

  it('sends RateLimit-Policy and RateLimit headers (draft-ietf-httpapi-ratelimit-headers)', async () => {
    const { response } = await post(stack.router.url, TWO_USERS, { 'x-forwarded-for': '203.0.113.13' });

    expect(response.headers.get('ratelimit-policy')).toBe('"cost";q=10;w=1');
    expect(response.headers.get('ratelimit')).toBe('"cost";r=8;t=1');
  });
});

describe('refund of requested − actual', () => {
  let stack: CostStack;
  beforeAll(async () => {
    stack = await startCostStack({
      config: {
        rateLimit: { enabled: true, capacity: 100, restorePerSecond: 1, failMode: 'open', keyPrefix: '' },
      },
      router: { now: () => 5_000 }, // frozen: nothing restores between calls
    });
  });
  afterAll(() => stack.close());

  it('charges the estimate up front and gives back what the response did not use', async () => {
    const first = await post(stack.router.url, TWENTY_ITEMS);
    const second = await post(stack.router.url, TWENTY_ITEMS);

    expect(first.body.extensions?.cost).toEqual({
      requestedQueryCost: 22,
      actualQueryCost: 5,
      throttleStatus: { maximumAvailable: 100, currentlyAvailable: 95, restoreRate: 1 },
    });
    expect(second.body.extensions?.cost?.throttleStatus?.currentlyAvailable).toBe(90);
  });
});

describe('two router instances sharing one Redis budget', () => {
  let stack: CostStack;
  let second: Router;
  const keyPrefix = `pyb:test:${randomUUID()}:`;
  const rateLimit = {
    enabled: true,
    capacity: 10,
    restorePerSecond: 0.001, // effectively none during the test
    failMode: 'open' as const,
    redisUrl: process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379',
    keyPrefix,
  };
  beforeAll(async () => {
    stack = await startCostStack({ config: { ...LOOPBACK_PROXY, rateLimit } });
    second = await stack.startRouter();
  });
  afterAll(() => stack.close());

  it('spends one budget from both instances', async () => {
    const ip = { 'x-forwarded-for': '198.51.100.1' };
    const routers = [stack.router.url, second.url];
    for (let call = 0; call < 5; call += 1) {
      const { response } = await post(routers[call % 2]!, TWO_USERS, ip);
      expect(response.status).toBe(200);
    }

    const fromFirst = await post(stack.router.url, TWO_USERS, ip);
    const fromSecond = await post(second.url, TWO_USERS, ip);

    expect(fromFirst.response.status).toBe(429);
    expect(fromSecond.response.status).toBe(429);
    expect(fromSecond.body.errors?.[0]?.extensions?.['code']).toBe('THROTTLED');
  });

  it('is exact under concurrency: of 12 simultaneous calls across both, exactly 5 fit', async () => {
    const ip = { 'x-forwarded-for': '198.51.100.2' };
    const routers = [stack.router.url, second.url];
    const results = await Promise.all(
      Array.from({ length: 12 }, (_v, index) => post(routers[index % 2]!, TWO_USERS, ip)),
    );

    const statuses = results.map(({ response }) => response.status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(5);
    expect(statuses.filter((status) => status === 429)).toHaveLength(7);
  });
});

describe('refunds in Redis, sent as the response goes out (decision 1460)', () => {
  let stack: CostStack;
  let second: Router;
  let redis: Redis;
  const keyPrefix = `pyb:test:${randomUUID()}:`;
  const rateLimit = {
    enabled: true,
    capacity: 100,
    restorePerSecond: 0.001, // effectively none during the test
    failMode: 'open' as const,
    redisUrl: process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379',
    keyPrefix,
  };
  beforeAll(async () => {
    stack = await startCostStack({ config: { ...LOOPBACK_PROXY, rateLimit } });
    second = await stack.startRouter();
    redis = new Redis(rateLimit.redisUrl);
  });
  afterAll(async () => {
    redis.disconnect();
    await stack.close();
  });

  it('lands every refund before the next charge, from either router: the balance after N requests is exact', async () => {
    const ip = { 'x-forwarded-for': '198.51.100.3' };
    const routers = [stack.router.url, second.url];
    const reported: (number | undefined)[] = [];
    for (let call = 0; call < 6; call += 1) {
      const { response, body } = await post(routers[call % 2]!, TWENTY_ITEMS, ip);
      expect(response.status).toBe(200);
      expect(body.extensions?.cost).toMatchObject({ requestedQueryCost: 22, actualQueryCost: 5 });
      reported.push(body.extensions?.cost?.throttleStatus?.currentlyAvailable);
    }

    // Each charge took 22 from a balance holding every earlier refund of 17: 100 − 5 per request.
    expect(reported).toEqual([95, 90, 85, 80, 75, 70]);
    const stored = async () => Math.floor(Number(await redis.hget(`${keyPrefix}ip:198.51.100.3`, 'tokens')));
    await expect.poll(stored).toBe(70);
  });
});

describe('when the Redis store fails', () => {
  const unreachable = {
    enabled: true,
    capacity: 10,
    restorePerSecond: 1,
    redisUrl: 'redis://127.0.0.1:1',
    keyPrefix: 'never:',
  };
  let stack: CostStack;
  let closed: Router;
  beforeAll(async () => {
    stack = await startCostStack({ config: { rateLimit: { ...unreachable, failMode: 'open' } } });
    closed = await stack.startRouter({ rateLimit: { ...unreachable, failMode: 'closed' } });
  });
  afterAll(() => stack.close());
  beforeEach(() => {
    stack.accounts.received.length = 0;
  });

  it('fails open by default: serves uncharged, warns, and counts the failure', async () => {
    const { response, body } = await post(stack.router.url, TWO_USERS);

    expect(response.status).toBe(200);
    expect(body.extensions?.cost).toMatchObject({ requestedQueryCost: 2, throttleStatus: null });
    expect(
      stack.logs.some((line) => line.level === 40 && /rate-limit store failed/.test(String(line.msg))),
    ).toBe(true);
    const metrics = await (await fetch(new URL('/metrics', stack.router.url))).text();
    expect(metrics).toMatch(/router_rate_limit_store_failures_total\{operation="charge"\} [1-9]/);
  });

  it('fails closed when configured: 503 RATE_LIMIT_UNAVAILABLE and nothing runs', async () => {
    const { response, body } = await post(closed.url, TWO_USERS);

    expect(response.status).toBe(503);
    expect(body.errors?.[0]?.extensions?.['code']).toBe('RATE_LIMIT_UNAVAILABLE');
    expect(stack.accounts.received).toHaveLength(0);
  });
});
