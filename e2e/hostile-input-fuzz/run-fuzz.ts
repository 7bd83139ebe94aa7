/**
 * `npm run fuzz`: the hostile-input scenario at length. Starts auth, packing, preferences and the
 * router on scratch databases (its own stack; the web app is not needed), then runs rounds of
 * generated cases over every root field until the case count or the time budget is reached, and
 * prints progress, every failure with its replay, and the count tried. Exit code 1 on a failure.
 *
 *   npm run fuzz -- [--seed N] [--runs N] [--time-budget SECONDS] [--per-round N]
 *                   [--replay field:fieldSeed:path] [--stop-on-failure] [--no-build] [--embedded] [--logs]
 *
 * Defaults: a random seed (printed), 5 000 cases, 600 s, 5 cases per field per round. `--logs`
 * prints the services' output (where an INTERNAL_SERVER_ERROR's cause is logged).
 */
import { randomInt } from 'node:crypto';
import { parseArgs } from 'node:util';
import { buildWorkspaces, startStack } from '@packyourbag/stack';
import { E2E_CLIENT_ADDRESS_SECRET } from '../support/forwarded-client.js';
import { loadApiSchema, rootOperations } from './api-schema.js';
import { parseReplay, summaryLines } from './fuzz-report.js';
import { runHostileInputFuzz } from './fuzz-run.js';

function positive(name: string, text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`--${name} must be a positive integer, got "${text}"`);
  return value;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      seed: { type: 'string' },
      runs: { type: 'string' },
      'time-budget': { type: 'string' },
      'per-round': { type: 'string' },
      replay: { type: 'string' },
      'stop-on-failure': { type: 'boolean', default: false },
      'no-build': { type: 'boolean', default: false },
      embedded: { type: 'boolean', default: false },
      logs: { type: 'boolean', default: false },
    },
  });
  const seed = values.seed === undefined ? randomInt(2 ** 31) : Number(values.seed);
  if (!Number.isInteger(seed)) throw new Error(`--seed must be an integer, got "${values.seed}"`);
  const runs = positive('runs', values.runs, 5_000);
  const timeBudgetMs = positive('time-budget', values['time-budget'], 600) * 1000;
  const perRound = positive('per-round', values['per-round'], 5);
  const fields = rootOperations(loadApiSchema()).length;
  const rounds = Math.ceil(runs / (fields * perRound));

  const services = ['auth', 'packing', 'preferences', 'router'] as const;
  if (!values['no-build']) await buildWorkspaces({ services: [...services] });
  console.log(`starting ${services.join(', ')} on scratch databases …`);
  const stack = await startStack({
    scratch: true,
    ephemeralPorts: true,
    embeddedOnly: values.embedded,
    services: [...services],
    nodeEnv: 'test',
    showServiceOutput: values.logs,
    // The scenarios' secret: anonymous cases forward an address of their own with its proof.
    clientAddressSecret: E2E_CLIENT_ADDRESS_SECRET,
    // The limiter stays on (its code runs for every case), with a bucket one owner cannot empty:
    // the run is about input, and waiting out Retry-After would only slow it down.
    env: {
      ...process.env,
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
      RATE_LIMIT_RESTORE_PER_SECOND: '10000',
    },
  });
  try {
    console.log(
      `seed ${seed}: up to ${rounds} round(s) of ${perRound} cases × ${fields} root fields ` +
        `(${runs} cases at most), time budget ${timeBudgetMs / 1000} s`,
    );
    const result = await runHostileInputFuzz({
      graphqlUrl: stack.urls.graphql,
      databaseUrl: stack.databaseUrl,
      mongoUrl: stack.mongoUrl,
      seed,
      runsPerField: perRound,
      rounds,
      timeBudgetMs,
      stopOnFailure: values['stop-on-failure'],
      ...(values.replay ? { replay: parseReplay(values.replay) } : {}),
      print: (line) => console.log(line),
    });
    console.log('');
    for (const line of summaryLines(result, true)) console.log(line);
    if (result.failures.length > 0) console.log(`replay one: npm run fuzz -- --no-build --replay <replay>`);
    return result.failures.length === 0 ? 0 : 1;
  } finally {
    await stack.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(2);
  },
);
