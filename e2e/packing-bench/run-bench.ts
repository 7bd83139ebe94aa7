/**
 * `npm run bench:packing`: starts auth, packing, preferences and the router on free ports with
 * scratch databases (NODE_ENV=test, so packing reports SQL statements per request), seeds one user
 * with a 1 000-item library, 500 of them in a pack, then measures through the router:
 *   1. the library page the web uses: `me { items(first: 100, sort: NAME) { … category price … } }`;
 *   2. a pack summary: `pack(id) { summary { … byCategory … } priceTotals }` over 500 entries.
 * Prints requests/s, p50/p90/p99 and the SQL statements packing ran for one request of each.
 *
 * Options (environment): BENCH_DURATION_MS (5000 per scenario), BENCH_CONCURRENCY (8), BENCH_RATE_LIMIT
 * (1 keeps the router's rate limit on; by default it is off so one user's closed loop is not throttled).
 * Flags: --no-build, --embedded. Loopback only.
 */
import { randomUUID } from 'node:crypto';
import { envReader, signRouterProof } from '@packyourbag/service-kit';
import {
  buildWorkspaces,
  postGraphQL as post,
  runLoad,
  startStack,
  type GraphQLAnswer,
  type RunningStack,
} from '@packyourbag/stack';
import { LIGHTERPACK_HEADER } from '../packing-support/lighterpack-fixtures.js';
const LIBRARY_PAGE = `{ me { items(first: 100, sort: { field: NAME }) { totalCount pageInfo { hasNextPage endCursor }
  nodes { id name description weightMg archived version category { id name colorIndex } price { amountMinor currency } } } } }`;
const PACK_SUMMARY = `query($id: ID!) { pack(id: $id) { name summary { totalMg baseMg wornMg consumableMg itemCount
  byCategory { category { name colorIndex } totalMg shareBasisPoints itemCount } } priceTotals { amountMinor currency } } }`;

async function must(
  url: string,
  query: string,
  variables: object,
  token?: string,
): Promise<Record<string, unknown>> {
  const { body } = await post(url, query, variables, token);
  if (body.errors || !body.data) throw new Error(`request failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** LighterPack rows: `count` items over 8 categories, some priced, some worn or consumable. */
function csvRows(count: number, prefix: string): string {
  const rows = Array.from({ length: count }, (_, index) => {
    const worn = index % 17 === 0 ? 'Worn' : '';
    const consumable = index % 11 === 0 ? 'Consumable' : '';
    const price = index % 3 === 0 ? `${(index % 200) + 1}.99` : '';
    return `${prefix} ${index},Category ${index % 8},,${(index % 3) + 1},${(index % 900) + 10}.5,g,,${price},${worn},${consumable}`;
  });
  return `${LIGHTERPACK_HEADER}\n${rows.join('\n')}\n`;
}

/** SQL statements packing ran for one request, sent to it as the router would (signed, NODE_ENV=test). */
async function statements(
  stack: RunningStack,
  query: string,
  variables: object,
  token: string,
): Promise<string> {
  const body = JSON.stringify({ query, variables });
  const started = performance.now();
  const response = await fetch(`${stack.urls.packing}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${token}`,
      ...signRouterProof(stack.routerSecret, body),
    },
    body,
  });
  const json = (await response.json()) as GraphQLAnswer['body'];
  if (json.errors) throw new Error(`statement probe failed: ${JSON.stringify(json.errors)}`);
  const elapsed = (performance.now() - started).toFixed(1);
  return `${response.headers.get('x-sql-statements') ?? '?'} statements, ${elapsed} ms in packing alone`;
}

async function measure(name: string, durationMs: number, concurrency: number, send: () => Promise<boolean>) {
  console.log(`${name}: ${concurrency} concurrent for ${durationMs / 1000} s …`);
  const summary = await runLoad({ concurrency, durationMs, request: send });
  console.log(
    `  ${summary.requests} ok, ${summary.errors} errors, ${summary.requestsPerSecond.toFixed(0)} req/s; ` +
      `p50 ${summary.p50Ms.toFixed(1)} ms, p90 ${summary.p90Ms.toFixed(1)} ms, p99 ${summary.p99Ms.toFixed(1)} ms, ` +
      `max ${summary.maxMs.toFixed(1)} ms`,
  );
}

async function main(): Promise<void> {
  const flags = new Set(process.argv.slice(2));
  const read = envReader();
  const durationMs = read.int('BENCH_DURATION_MS', 5000, { min: 1000 });
  const concurrency = read.int('BENCH_CONCURRENCY', 8, { min: 1, max: 256 });
  const services = ['auth', 'packing', 'preferences', 'router'] as const;
  if (!flags.has('--no-build')) await buildWorkspaces({ services: [...services] });

  console.log('starting auth, packing, preferences and the router on scratch databases …');
  const stack = await startStack({
    scratch: true,
    ephemeralPorts: true,
    embeddedOnly: flags.has('--embedded'),
    services: [...services],
    nodeEnv: 'test',
    showServiceOutput: false,
    // The router's per-user budget would throttle a closed loop from one user within a second:
    // measure latency, not the rate limiter (BENCH_RATE_LIMIT=1 keeps it on).
    env: {
      ...process.env,
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
      ...(process.env.BENCH_RATE_LIMIT === '1' ? {} : { RATE_LIMIT_ENABLED: 'false' }),
    },
  });
  try {
    const url = stack.urls.graphql;
    const signUp = await must(
      url,
      'mutation($input: SignUpInput!) { signUp(input: $input) { accessToken user { id } } }',
      {
        input: { email: `bench-${randomUUID()}@example.com`, password: 'benchmark password 1' },
      },
    );
    const token = (signUp['signUp'] as { accessToken: string }).accessToken;
    const userId = (signUp['signUp'] as { user: { id: string } }).user.id;

    console.log('seeding a 1 000-item library (two LighterPack imports of 500), 500 of them in a pack …');
    const IMPORT =
      'mutation($csv: String!, $name: String!) { importLighterPackCsv(csv: $csv, listName: $name) { id } }';
    await must(url, IMPORT, { csv: csvRows(500, 'Library item'), name: 'Library' }, token);
    const big = await must(url, IMPORT, { csv: csvRows(500, 'Pack item'), name: 'Pack list' }, token);
    const listId = (big['importLighterPackCsv'] as { id: string }).id;
    const pack = await must(
      url,
      'mutation($id: ID!) { createPack(input: { name: "Big pack", listIds: [$id] }) { id } }',
      { id: listId },
      token,
    );
    const packId = (pack['createPack'] as { id: string }).id;

    // One request at a time first: latency without queueing, and where it goes (router vs packing).
    for (const [name, query, variables] of [
      ['library page', LIBRARY_PAGE, {}],
      ['pack summary', PACK_SUMMARY, { id: packId }],
    ] as const) {
      const started = performance.now();
      await must(url, query, variables, token);
      console.log(`  one ${name} through the router: ${(performance.now() - started).toFixed(1)} ms`);
    }
    let firstFailure: string | undefined;
    const ok = async (query: string, variables: object) => {
      const { status, body } = await post(url, query, variables, token);
      const success = status === 200 && !body.errors;
      if (!success) firstFailure ??= `HTTP ${status} ${JSON.stringify(body.errors).slice(0, 300)}`;
      return success;
    };
    await measure('library page (first 100 of 1 000 items, by name)', durationMs, concurrency, () =>
      ok(LIBRARY_PAGE, {}),
    );
    await measure('pack summary (500 entries)', durationMs, concurrency, () =>
      ok(PACK_SUMMARY, { id: packId }),
    );

    // The fetch the router sends packing for the library page (one more brace closes _entities).
    const entities = `${LIBRARY_PAGE.replace(/^\{ me \{/, 'query($r: [_Any!]!) { _entities(representations: $r) { ... on User {')} }`;
    if (firstFailure) console.log(`first failed request: ${firstFailure}`);
    console.log('SQL statements per request (packing, one request at a time):');
    console.log(
      `  library page  ${await statements(stack, entities, { r: [{ __typename: 'User', id: userId }] }, token)}`,
    );
    console.log(`  pack summary  ${await statements(stack, PACK_SUMMARY, { id: packId }, token)}`);
    console.log(`stores: ${stack.stores.postgres}; Redis ${stack.stores.redis}`);
  } finally {
    await stack.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
