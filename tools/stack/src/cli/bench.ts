/**
 * `npm run bench`: starts the system on free ports with scratch databases, signs up one user with
 * an item, then measures the federated `me` query (all three subgraphs) through the router.
 *
 * Options (environment): BENCH_DURATION_MS (10000), BENCH_CONCURRENCY (16). Flags: --no-build, --embedded.
 * Rate limits apply as in production; raise the router's budget through its own variables if
 * throttling (HTTP 429) shows up as errors.
 */
import { randomUUID } from 'node:crypto';
import { envReader } from '@packyourbag/service-kit';
import { postGraphQL as post } from '../bench/post-graphql.js';
import { runLoad } from '../bench/run-load.js';
import { buildWorkspaces } from '../processes/build-workspaces.js';
import { startStack } from '../stack/index.js';

const ME = '{ me { email preferences { weightUnit } items(first: 10) { nodes { name weightMg } } } }';

async function main(): Promise<void> {
  const flags = new Set(process.argv.slice(2));
  const read = envReader();
  const durationMs = read.int('BENCH_DURATION_MS', 10_000, { min: 1000 });
  const concurrency = read.int('BENCH_CONCURRENCY', 16, { min: 1, max: 1024 });
  if (!flags.has('--no-build'))
    await buildWorkspaces({ services: ['auth', 'packing', 'preferences', 'router'] });

  const stack = await startStack({
    scratch: true,
    ephemeralPorts: true,
    embeddedOnly: flags.has('--embedded'),
    services: ['auth', 'packing', 'preferences', 'router'],
    showServiceOutput: false,
    env: {
      ...process.env,
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
      // One user's closed loop would empty its cost bucket within seconds: measure the system, not the limit.
      RATE_LIMIT_CAPACITY: process.env.RATE_LIMIT_CAPACITY ?? '1000000000',
      RATE_LIMIT_RESTORE_PER_SECOND: process.env.RATE_LIMIT_RESTORE_PER_SECOND ?? '1000000000',
    },
  });
  try {
    const signUp = await post(
      stack.urls.graphql,
      'mutation($input: SignUpInput!) { signUp(input: $input) { accessToken } }',
      { input: { email: `bench-${randomUUID()}@example.com`, password: 'benchmark password 1' } },
    );
    const token = (signUp.body.data?.signUp as { accessToken?: string } | undefined)?.accessToken;
    if (!token) throw new Error(`sign-up failed: ${JSON.stringify(signUp.body)}`);
    await post(
      stack.urls.graphql,
      'mutation($input: CreateItemInput!) { createItem(input: $input) { id } }',
      { input: { name: 'Tent', weightMg: 1_200_000 } },
      token,
    );

    console.log(`me query through the router: ${concurrency} concurrent, ${durationMs / 1000} s …`);
    const summary = await runLoad({
      concurrency,
      durationMs,
      request: async () => {
        const { status, body } = await post(stack.urls.graphql, ME, {}, token);
        return status === 200 && !body.errors;
      },
    });
    console.log(
      `${summary.requests} ok, ${summary.errors} errors, ${summary.requestsPerSecond.toFixed(0)} req/s; ` +
        `latency p50 ${summary.p50Ms.toFixed(1)} ms, p90 ${summary.p90Ms.toFixed(1)} ms, ` +
        `p99 ${summary.p99Ms.toFixed(1)} ms, max ${summary.maxMs.toFixed(1)} ms`,
    );
    console.log(
      `stores: ${stack.stores.postgres}; Redis ${stack.stores.redis}; MongoDB ${stack.stores.mongo}`,
    );
  } finally {
    await stack.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
