/**
 * `npm run bench:idle`: starts the system (auth, packing, preferences, router) on free ports with
 * a scratch database, leaves it idle, and prints how many PostgreSQL transactions the background
 * work runs per minute in the stack's database (decision 1440). The web app is left out: it never
 * talks to PostgreSQL.
 *
 * Options (environment): BENCH_IDLE_SECONDS (60), BENCH_IDLE_SETTLE_SECONDS (15: start-up work
 * such as the first recovery round is not idle work), BENCH_IDLE_INSTANCES (1: with N > 1, N
 * routers and N instances of every subgraph, the multi-instance stack of decision 1390).
 * Flags: --no-build.
 */
import { envReader } from '@packyourbag/service-kit';
import { readDatabaseActivity } from '../bench/database-activity.js';
import { buildWorkspaces } from '../processes/build-workspaces.js';
import { startMultiInstanceStack } from '../multi-instance/index.js';
import { startStack, type ServiceName } from '../stack/index.js';

const SERVICES: ServiceName[] = ['auth', 'packing', 'preferences', 'router'];
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function main(): Promise<void> {
  const flags = new Set(process.argv.slice(2));
  const read = envReader();
  const seconds = read.int('BENCH_IDLE_SECONDS', 60, { min: 10, max: 3600 });
  const settleSeconds = read.int('BENCH_IDLE_SETTLE_SECONDS', 15, { min: 0, max: 600 });
  const instances = read.int('BENCH_IDLE_INSTANCES', 1, { min: 1, max: 8 });
  if (!flags.has('--no-build')) await buildWorkspaces({ services: SERVICES });

  const common = {
    showServiceOutput: false,
    nodeEnv: process.env.NODE_ENV || 'development',
    env: { ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' },
  };
  const stack =
    instances > 1
      ? await startMultiInstanceStack({ ...common, instances, routers: instances })
      : await startStack({ ...common, scratch: true, ephemeralPorts: true, services: SERVICES });
  const database = new URL(stack.databaseUrl).pathname.slice(1);
  try {
    console.log(
      `stack ready: ${instances} instance(s) of auth, packing, preferences and the router ` +
        `(${stack.stores.postgres}); settling for ${settleSeconds} s …`,
    );
    await sleep(settleSeconds * 1000);
    const start = await readDatabaseActivity(stack.databaseUrl);
    const began = performance.now();
    console.log(`idle for ${seconds} s, counting transactions in database ${database} …`);
    for (let elapsed = 0; elapsed < seconds;) {
      const step = Math.min(10, seconds - elapsed);
      await sleep(step * 1000);
      elapsed += step;
      const now = await readDatabaseActivity(stack.databaseUrl);
      console.log(
        `  ${String(elapsed).padStart(4)} s: ${now.transactions - start.transactions} transactions`,
      );
    }
    const end = await readDatabaseActivity(stack.databaseUrl);
    const minutes = (performance.now() - began) / 60_000;
    const total = end.transactions - start.transactions;
    console.log(
      `idle stack: ${total} transactions in ${(minutes * 60).toFixed(0)} s = ` +
        `${(total / minutes).toFixed(1)} per minute (${(total / minutes / 60).toFixed(2)}/s) ` +
        `in database ${database}, ${instances} instance(s) of each service`,
    );
  } finally {
    await stack.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
