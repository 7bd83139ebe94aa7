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
import {
  buildWorkspaces,
  postGraphQL as post,
  runLoad,
  startStack,
  summarise,
  type LatencySummary,
} from '@packyourbag/stack';
import {
  createAccessTokenVerifier,
  createCallerVerifier,
  envReader,
  readTrustConfig,
} from '@packyourbag/service-kit';

const read = envReader();
const SIGN_INS = read.int('BENCH_SIGN_INS', 50, { min: 5, max: 1000 });
const VERIFY_MS = read.int('BENCH_VERIFY_MS', 3000, { min: 500, max: 60_000 });
const DURATION_MS = read.int('BENCH_DURATION_MS', 10_000, { min: 1000, max: 120_000 });
const CONCURRENCY = read.int('BENCH_CONCURRENCY', 16, { min: 1, max: 256 });
const PASSWORD = 'benchmark passphrase 2026';

const describe = (summary: LatencySummary) =>
  `p50 ${summary.p50Ms.toFixed(1)} ms, p99 ${summary.p99Ms.toFixed(1)} ms, max ${summary.maxMs.toFixed(1)} ms`;

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
    console.log(`   sign-in latency: ${describe(summarise(signIns, 0, 0))}`);

    console.log(`\n2. kit verifier, one core, ${VERIFY_MS / 1000} s each …`);
    const trust = {
      ...readTrustConfig(envReader({}), false),
      jwksUrl: `${stack.urls.auth}/.well-known/jwks.json`,
      revocationsUrl: `${stack.urls.auth}/.well-known/revoked-tokens`,
    };
    const rate = async (verify: (token: string) => Promise<unknown>) => {
      await verify(token); // fetches and caches the JWKS
      let verified = 0;
      const verifyStarted = performance.now();
      while (performance.now() - verifyStarted < VERIFY_MS) {
        await verify(token);
        verified += 1;
      }
      return verified / ((performance.now() - verifyStarted) / 1000);
    };
    // With the verified-token cache off every call is a full RS256 check: the cost of a new token.
    const rsa = await rate(
      createAccessTokenVerifier({
        keys: new URL(trust.jwksUrl),
        issuer: trust.issuer,
        audience: trust.audience,
        verifiedCacheSize: 0,
      }),
    );
    // As the router runs it: a token seen in the last 60 s skips the RSA check (expiry and revocation still checked).
    const cached = await rate(createCallerVerifier(trust));
    console.log(`   ${rsa.toFixed(0)} RS256 verifications/s (cached JWKS, no verified-token cache)`);
    console.log(
      `   ${cached.toFixed(0)} verifications/s of a repeated token as the router runs (verified-token cache)`,
    );

    console.log(
      `\n3. { me { id } } through the router: ${CONCURRENCY} concurrent, ${DURATION_MS / 1000} s …`,
    );
    const load = await runLoad({
      concurrency: CONCURRENCY,
      durationMs: DURATION_MS,
      request: async () => {
        const result = await post(graphql, '{ me { id } }', {}, token);
        return result.status === 200 && !result.body.errors;
      },
    });
    const errors = load.errors;
    console.log(
      `   ${load.requestsPerSecond.toFixed(0)} authenticated req/s (${load.requests} ok, ${errors} errors); ` +
        `latency ${describe(load)}`,
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
