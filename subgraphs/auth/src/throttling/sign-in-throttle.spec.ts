import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { useScratchAuth } from '../testing/use-scratch-auth.js';
import { SignInThrottle } from './sign-in-throttle.js';

const auth = useScratchAuth();
let now = new Date('2026-11-21T12:00:00Z');

const throttle = () =>
  new SignInThrottle({
    database: auth.database,
    freeFailuresPerAccount: 3,
    freeFailuresPerIp: 5,
    maxDelaySeconds: 60,
    now: () => now,
  });

async function retryAfter(run: Promise<unknown>): Promise<number | undefined> {
  const error = await run.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  if (error === undefined) return undefined;
  expect(error).toBeInstanceOf(GraphQLError);
  expect((error as GraphQLError).extensions['code']).toBe('THROTTLED');
  return (error as GraphQLError).extensions['retryAfter'] as number;
}

describe('SignInThrottle', () => {
  it('lets the free failures through, then locks for 2, 4, 8 … seconds up to the maximum', async () => {
    const subject = { email: 'growing@example.org' };
    const guard = throttle();
    const delays: number[] = [];
    for (let failure = 1; failure <= 9; failure += 1) {
      expect(await retryAfter(guard.assertAllowed(subject))).toBeUndefined();
      delays.push(await guard.recordFailure(subject));
      const locked = delays.at(-1) ?? 0;
      if (locked > 0) {
        expect(await retryAfter(guard.assertAllowed(subject))).toBe(locked);
        now = new Date(now.getTime() + locked * 1000);
      }
    }
    expect(delays).toEqual([0, 0, 2, 4, 8, 16, 32, 60, 60]);
  });

  it('clears the account on success, and forgets failures after an hour', async () => {
    const subject = { email: 'forgets@example.org' };
    const guard = throttle();
    await guard.recordFailure(subject);
    await guard.recordFailure(subject);
    await guard.recordSuccess(subject);
    expect(await guard.recordFailure(subject)).toBe(0);
    await guard.recordFailure(subject);

    now = new Date(now.getTime() + 3_601_000);
    expect(await guard.recordFailure(subject)).toBe(0);
  });

  it('counts an IP across accounts and locks them all for that IP only', async () => {
    const guard = throttle();
    const ip = '192.0.2.10';
    let locked = 0;
    for (let index = 0; index < 5; index += 1) {
      locked = await guard.recordFailure({ email: `spray-${index}@example.org`, ip });
    }
    expect(locked).toBe(2);
    expect(await retryAfter(guard.assertAllowed({ email: 'fresh@example.org', ip }))).toBe(2);
    expect(
      await retryAfter(guard.assertAllowed({ email: 'fresh@example.org', ip: '192.0.2.11' })),
    ).toBeUndefined();
    expect(JSON.stringify(await auth.database.signInThrottle.findMany())).not.toMatch(
      /192\.0\.2|example\.org/,
    );
  });
});
