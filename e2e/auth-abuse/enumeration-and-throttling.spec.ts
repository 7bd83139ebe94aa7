import { performance } from 'node:perf_hooks';
import { describe, expect, inject, it } from 'vitest';
import { AuthClient, PASSWORD, errorCode, uniqueEmail } from '../auth-support/auth-client.js';
import { randomClientIp } from '../support/forwarded-client.js';

const { graphqlUrl } = inject('stack');

/**
 * The stated bound: medians of the two failure kinds differ by less than 75 ms, or a quarter of the
 * wrong-password median when the machine is so loaded that every answer is slower (CI shares two
 * cores). Without the decoy hash the difference is the whole scrypt cost, most of that median, so
 * either bound still catches an enumeration oracle.
 */
const TIMING_BOUND_MS = 75;
const LOADED_BOUND_SHARE = 0.25;
const TRIES = 15;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return (sorted[Math.floor((sorted.length - 1) / 2)]! + sorted[Math.ceil((sorted.length - 1) / 2)]!) / 2;
};

describe('account enumeration', () => {
  it(`answers an unknown email and a wrong password alike, medians within ${TIMING_BOUND_MS} ms (or a quarter, loaded)`, async () => {
    // Each try from its own IP and against its own account, so no throttle is reached.
    const accounts: string[] = [];
    for (let index = 0; index < TRIES; index += 1)
      accounts.push((await new AuthClient({ graphqlUrl }).signUp()).email);
    const unknown: number[] = [];
    const wrong: number[] = [];
    const errors = new Set<string>();
    // Interleaved, so drift in machine load hits both kinds alike.
    for (let index = 0; index < TRIES; index += 1) {
      for (const [email, timings] of [
        [uniqueEmail(), unknown],
        [accounts[index]!, wrong],
      ] as const) {
        const client = new AuthClient({ graphqlUrl, ip: randomClientIp() });
        const started = performance.now();
        const result = await client.signIn(email, 'not the right passphrase');
        timings.push(performance.now() - started);
        errors.add(
          JSON.stringify({
            code: errorCode(result),
            message: result.errors?.[0]?.message,
            data: result.data,
          }),
        );
      }
    }

    expect(errors.size).toBe(1);
    expect(JSON.parse([...errors][0]!)).toMatchObject({ code: 'UNAUTHENTICATED' });
    const difference = Math.abs(median(unknown) - median(wrong));
    console.log(
      `[enumeration] median unknown ${median(unknown).toFixed(1)} ms, wrong password ${median(wrong).toFixed(1)} ms`,
    );
    expect(difference).toBeLessThan(Math.max(TIMING_BOUND_MS, LOADED_BOUND_SHARE * median(wrong)));
  }, 120_000);
});

describe('sign-in throttling', () => {
  it('after five failures answers THROTTLED with retryAfter, even for the right password', async () => {
    const client = new AuthClient({ graphqlUrl, ip: randomClientIp() });
    const { email } = await client.signUp();
    for (let attempt = 0; attempt < 5; attempt += 1) {
      expect(errorCode(await client.signIn(email, 'not the right passphrase'))).toBe('UNAUTHENTICATED');
    }

    const throttled = await client.signIn(email, PASSWORD);

    expect(errorCode(throttled)).toBe('THROTTLED');
    expect(throttled.errors?.[0]?.extensions?.['retryAfter']).toEqual(expect.any(Number));
    expect(throttled.errors?.[0]?.extensions?.['retryAfter']).toBeGreaterThanOrEqual(1);
  });

  it('throttles an unknown email exactly like a known one', async () => {
    const client = new AuthClient({ graphqlUrl, ip: randomClientIp() });
    const email = uniqueEmail();
    for (let attempt = 0; attempt < 5; attempt += 1) await client.signIn(email, 'not the right passphrase');

    expect(errorCode(await client.signIn(email, PASSWORD))).toBe('THROTTLED');
  });

  it('refuses a weak password or an invalid email at sign-up with BAD_USER_INPUT naming the field', async () => {
    const client = new AuthClient({ graphqlUrl, ip: randomClientIp() });
    const signUp = 'mutation($input: SignUpInput!) { signUp(input: $input) { accessToken } }';
    for (const [input, field] of [
      [{ email: uniqueEmail(), password: 'short' }, 'input.password'],
      [{ email: uniqueEmail(), password: 'qwertyuiop' }, 'input.password'],
      [{ email: 'not-an-email', password: PASSWORD }, 'input.email'],
    ] as const) {
      const result = await client.call(signUp, { input });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
  });
});

describe('sign-up probing for taken addresses (0610)', () => {
  const signUp = 'mutation($input: SignUpInput!) { signUp(input: $input) { accessToken } }';

  it('answers CONFLICT for a taken address three times, then THROTTLED with retryAfter, writing nothing', async () => {
    const owner = new AuthClient({ graphqlUrl, ip: randomClientIp() });
    const { email } = await owner.signUp();
    const prober = new AuthClient({ graphqlUrl, ip: randomClientIp() });
    for (let attempt = 0; attempt < 3; attempt += 1) {
      expect(errorCode(await prober.call(signUp, { input: { email, password: PASSWORD } }))).toBe('CONFLICT');
    }

    const throttled = await prober.call(signUp, { input: { email, password: PASSWORD } });

    expect(errorCode(throttled)).toBe('THROTTLED');
    expect(throttled.errors?.[0]?.extensions?.['retryAfter']).toBeGreaterThanOrEqual(1);
    expect(throttled.data ?? null).toBeNull();
    // The owner still signs in: the lock is on sign-ups for the address, never on the account.
    expect(errorCode(await owner.signIn(email))).toBeUndefined();
  });
});
