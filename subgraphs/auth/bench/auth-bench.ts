/**
 * `npm run bench:auth`: starts auth, packing, preferences and the router on free ports with scratch
 * databases (loopback only), then prints
 *   1. sign-in latency through the router (p50/p99 over BENCH_SIGN_INS sequential sign-ins);
 *   2. access-token verifications per second with the kit verifier (cached JWKS + revocation list),
 *      in a loop for BENCH_VERIFY_MS;
 *   3. an authenticated trivial query (`{ me { id } }`) through the router: BENCH_CONCURRENCY
 *      concurrent clients for BENCH_DURATION_MS (every request verifies the token at the router and
 *      again at auth).
 * Flags: --no-build (reuse dist/), --embedded (PGlite, no Redis).
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { buildWorkspaces, startStack } from '@packyourbag/stack';
import { createCallerVerifier, envReader, readTrustConfig } from '@packyourbag/service-kit';

const read = envReader();
const SIGN_INS = read.int('BENCH_SIGN_INS', 50, { min: 5, max: 1000 });
const VERIFY_MS = read.int('BENCH_VERIFY_MS', 3000, { min: 500, max: 60_000 });
const DURATION_MS = read.int('BENCH_DURATION_MS', 10_000, { min: 1000, max: 120_000 });
const CONCURRENCY = read.int('BENCH_CONCURRENCY', 16, { min: 1, max: 256 });
const PASSWORD = 'benchmark passphrase 2026';

function percentile(values: number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] ?? 0;
}

const describe = (latencies: number[]) =>
  `p50 ${percentile(latencies, 0.5).toFixed(1)} ms, p99 ${percentile(latencies, 0.99).toFixed(1)} ms, ` +
  `max ${Math.max(...latencies).toFixed(1)} ms`;

async function post(url: string, query: string, variables: object, token?: string) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: response.status,
    body: (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] },
  };
}

async function main(): Promise<void> {
  const flags = new Set(process.argv.slice(2));
  if (!flags.has('--no-build'))
    await buildWorkspaces({ services: ['auth', 'packing', 'preferences', 'router'] });
  console.log('starting auth, packing, preferences and the router on scratch databases …');
  const stack = await startStack({
    scratch: true,
    ephemeralPorts: true,
    embeddedOnly: flags.has('--embedded'),
    services: ['auth', 'packing', 'preferences', 'router'],
    showServiceOutput: false,
    env: { ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' },
  });
  try {
    const graphql = stack.urls.graphql;
    const email = `bench-${randomUUID()}@example.com`;
    const signUp = await post(
      graphql,
      'mutation($input: SignUpInput!) { signUp(input: $input) { accessToken } }',
      {
        input: { email, password: PASSWORD },
      },
    );
    const token = (signUp.body.data?.['signUp'] as { accessToken?: string } | undefined)?.accessToken;
    if (!token) throw new Error(`sign-up failed: ${JSON.stringify(signUp.body)}`);

    console.log(`\n1. sign-in through the router: ${SIGN_INS} sequential sign-ins (scrypt N=32768) …`);
    const signIns: number[] = [];
    for (let index = 0; index < SIGN_INS; index += 1) {
      const started = performance.now();
      const result = await post(
        graphql,
        'mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }',
        {
          input: { email, password: PASSWORD },
        },
      );
      if (result.body.errors) throw new Error(`sign-in failed: ${JSON.stringify(result.body.errors)}`);
      signIns.push(performance.now() - started);
    }
    console.log(`   sign-in latency: ${describe(signIns)}`);

    console.log(`\n2. kit verifier (cached JWKS, revocation list), one core, ${VERIFY_MS / 1000} s …`);
    const trust = {
      ...readTrustConfig(envReader({}), false),
      jwksUrl: `${stack.urls.auth}/.well-known/jwks.json`,
      revocationsUrl: `${stack.urls.auth}/.well-known/revoked-tokens`,
    };
    const verify = createCallerVerifier(trust);
    await verify(token); // fetches and caches the JWKS
    let verified = 0;
    const verifyStarted = performance.now();
    while (performance.now() - verifyStarted < VERIFY_MS) {
      await verify(token);
      verified += 1;
    }
    const verifySeconds = (performance.now() - verifyStarted) / 1000;
    console.log(
      `   ${(verified / verifySeconds).toFixed(0)} verifications/s (${verified} in ${verifySeconds.toFixed(1)} s)`,
    );

    console.log(
      `\n3. { me { id } } through the router: ${CONCURRENCY} concurrent, ${DURATION_MS / 1000} s …`,
    );
    const latencies: number[] = [];
    let errors = 0;
    const deadline = performance.now() + DURATION_MS;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (performance.now() < deadline) {
          const begin = performance.now();
          const result = await post(graphql, '{ me { id } }', {}, token).catch(() => undefined);
          if (!result || result.status !== 200 || result.body.errors) errors += 1;
          else latencies.push(performance.now() - begin);
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `   ${(latencies.length / seconds).toFixed(0)} authenticated req/s (${latencies.length} ok, ${errors} errors); ` +
        `latency ${describe(latencies)}`,
    );
    if (errors > 0)
      console.log(
        '   (errors are usually the router rate limit: raise RATE_LIMIT_CAPACITY to measure beyond it)',
      );
    console.log(`\nstores: ${stack.stores.postgres}; Redis ${stack.stores.redis}`);
  } finally {
    await stack.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
