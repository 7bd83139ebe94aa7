/**
 * `npm run bench:subgraph-calls`: what one subgraph call costs at idle, without a gateway.
 *
 * Starts auth, packing and preferences (startStack, scratch databases), signs up one user with an
 * item straight at the subgraphs, then times one call at a time the three calls of the benchmark
 * query's plan (auth's `me`, packing's and preferences' `_entities`), each signed and sent with the
 * router's own keep-alive fetcher, exactly as the router sends them. Prints p50 and p90 per
 * subgraph, each subgraph process's CPU ms per call (utime + stime around the timed calls, which
 * a busy machine inflates far less than it does latency) and the load average.
 *
 * With BENCH_BASELINE_ROOT (another checkout of the repository, already built), that checkout's
 * subgraphs run beside this one's and the rounds alternate between the two, so a before/after of
 * a change to the subgraphs sees one machine state, however busy it is (decision 1450).
 *
 * Environment: BENCH_ROUNDS (10), BENCH_CALLS (100 calls per subgraph per round and checkout),
 * BENCH_BASELINE_ROOT. Flags: --no-build (reuse builds).
 */
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { envReader, REQUEST_ID_HEADER } from '@packyourbag/service-kit';
import type { RunningStack } from '@packyourbag/stack';
import { createSignedFetcher, type SignedFetcher } from '../src/forwarding/signed-fetcher.js';
import { startBenchSubgraphs } from './bench-subgraphs.js';
import { loadAverage, PLAN } from './bench-support.js';
import { cpuMsOf } from './process-cpu.js';

const SUBGRAPHS = ['auth', 'packing', 'preferences'] as const;
type Subgraph = (typeof SUBGRAPHS)[number];

interface Checkout {
  label: string;
  stack: RunningStack;
  fetcher: SignedFetcher;
  authorization: string;
  representations: { __typename: 'User'; id: string }[];
  timings: Record<Subgraph, number[]>;
  cpuMs: Record<Subgraph, number>;
}

interface Answer {
  data?: Record<string, unknown> | null;
  errors?: unknown[];
}

async function call(
  checkout: Pick<Checkout, 'stack' | 'fetcher'>,
  subgraph: Subgraph,
  query: string,
  variables: object,
  headers: Record<string, string> = {},
): Promise<Answer> {
  const response = await checkout.fetcher.fetch(`${checkout.stack.urls[subgraph]}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [REQUEST_ID_HEADER]: randomUUID(), ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const answer = (await response.json()) as Answer;
  if (answer.errors) throw new Error(`${subgraph} answered errors: ${JSON.stringify(answer.errors)}`);
  return answer;
}

/** A user with one item, made at the subgraphs directly (the router would only forward these). */
async function prepare(label: string, stack: RunningStack): Promise<Checkout> {
  const fetcher = createSignedFetcher({ routerSecret: stack.routerSecret });
  const target = { stack, fetcher };
  const signUp = await call(
    target,
    'auth',
    'mutation($input: SignUpInput!) { signUp(input: $input) { accessToken } }',
    {
      input: { email: `bench-${randomUUID()}@example.com`, password: 'benchmark password 1' },
    },
  );
  const token = (signUp.data?.['signUp'] as { accessToken: string }).accessToken;
  const authorization = `Bearer ${token}`;
  await call(
    target,
    'packing',
    'mutation($input: CreateItemInput!) { createItem(input: $input) { id } }',
    { input: { name: 'Tent', weightMg: 1_200_000 } },
    { authorization },
  );
  const me = await call(target, 'auth', PLAN.auth.query, {}, { authorization });
  const { id } = me.data?.['me'] as { id: string };
  return {
    label,
    stack,
    fetcher,
    authorization,
    representations: [{ __typename: 'User', id }],
    timings: { auth: [], packing: [], preferences: [] },
    cpuMs: { auth: 0, packing: 0, preferences: 0 },
  };
}

async function timeOne(checkout: Checkout, subgraph: Subgraph): Promise<void> {
  const operation = PLAN[subgraph];
  const variables = subgraph === 'auth' ? {} : { representations: checkout.representations };
  const started = performance.now();
  await call(checkout, subgraph, operation.query, variables, { authorization: checkout.authorization });
  checkout.timings[subgraph].push(performance.now() - started);
}

async function cpuOf(checkout: Checkout): Promise<Record<Subgraph, number>> {
  const [auth, packing, preferences] = await Promise.all(
    SUBGRAPHS.map((subgraph) => {
      const pid = checkout.stack.pid(subgraph);
      if (pid === undefined) throw new Error(`${checkout.label}: ${subgraph} is not running`);
      return cpuMsOf(pid);
    }),
  );
  return { auth: auth ?? 0, packing: packing ?? 0, preferences: preferences ?? 0 };
}

function percentile(values: readonly number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? Number.NaN;
}

async function main(): Promise<void> {
  const env = envReader();
  const rounds = env.int('BENCH_ROUNDS', 10, { min: 1 });
  const calls = env.int('BENCH_CALLS', 100, { min: 1 });
  const baselineRoot = env.optionalString('BENCH_BASELINE_ROOT');
  const flags = new Set(process.argv.slice(2));

  const stacks: { label: string; stack: RunningStack }[] = [];
  try {
    stacks.push({ label: 'this checkout', stack: await startBenchSubgraphs(flags) });
    if (baselineRoot) {
      const baseline = (await import(
        join(baselineRoot, 'tools/stack/src/index.ts')
      )) as typeof import('@packyourbag/stack');
      const stack = await baseline.startStack({
        scratch: true,
        ephemeralPorts: true,
        services: [...SUBGRAPHS],
        showServiceOutput: false,
        env: { ...process.env, LOG_LEVEL: process.env['LOG_LEVEL'] ?? 'warn' },
      });
      stacks.push({ label: `baseline (${baselineRoot})`, stack });
    }
    const checkouts = await Promise.all(stacks.map(({ label, stack }) => prepare(label, stack)));

    console.log(`warm-up, then ${rounds} rounds of ${calls} calls per subgraph and checkout …`);
    for (const checkout of checkouts) {
      for (let index = 0; index < 50; index += 1)
        for (const subgraph of SUBGRAPHS) await timeOne(checkout, subgraph);
      checkout.timings = { auth: [], packing: [], preferences: [] };
    }
    for (let round = 0; round < rounds; round += 1) {
      // Alternate which checkout goes first, so neither always follows the other.
      const order = round % 2 === 0 ? checkouts : [...checkouts].reverse();
      for (const checkout of order) {
        const before = await cpuOf(checkout);
        for (let index = 0; index < calls; index += 1) {
          for (const subgraph of SUBGRAPHS) await timeOne(checkout, subgraph);
        }
        const after = await cpuOf(checkout);
        for (const subgraph of SUBGRAPHS) checkout.cpuMs[subgraph] += after[subgraph] - before[subgraph];
      }
    }

    console.log(`\nOne call at a time, straight to the subgraph (ms), load average ${loadAverage()}`);
    for (const checkout of checkouts) {
      const cells = SUBGRAPHS.map((subgraph) => {
        const timings = checkout.timings[subgraph];
        const cpu = checkout.cpuMs[subgraph] / timings.length;
        return `${subgraph} p50 ${percentile(timings, 0.5).toFixed(2)} p90 ${percentile(timings, 0.9).toFixed(2)} cpu ${cpu.toFixed(2)}`;
      });
      const sum = SUBGRAPHS.reduce(
        (total, subgraph) => total + percentile(checkout.timings[subgraph], 0.5),
        0,
      );
      console.log(`  ${checkout.label}: ${cells.join(' | ')} | sum of p50 ${sum.toFixed(2)}`);
    }
  } finally {
    await Promise.all(stacks.map(({ stack }) => stack.stop()));
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
