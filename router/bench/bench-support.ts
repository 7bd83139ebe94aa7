/**
 * What the router benchmarks share: the benchmark query, a free port, a JSON POST, readiness
 * polling, the load average and the benchmark user (signed up with one item through the router).
 */
import { randomUUID } from 'node:crypto';
import { loadavg } from 'node:os';

/** One authenticated query that touches all three subgraphs (auth → preferences, packing). */
export const BENCH_QUERY =
  'query Bench { me { email preferences { weightUnit } items(first: 10) { nodes { name weightMg } } } }';

/** The cheapest authenticated read: one subgraph (auth), one field. */
export const ME_ID_QUERY = 'query BenchMeId { me { id } }';

/**
 * The subgraph operations `@apollo/gateway` 2.14 plans for BENCH_QUERY over schema/supergraph.graphql
 * (printed by @apollo/query-planner's prettyFormatQueryPlan): auth's `me` first, then packing and
 * preferences in parallel with the user as representation; and ME_ID_QUERY's one fetch. The direct
 * baseline sends these.
 */
export const PLAN = {
  auth: { operationName: 'Bench__auth__0', query: 'query Bench__auth__0{me{__typename id email}}' },
  packing: {
    operationName: 'Bench__packing__1',
    query:
      'query Bench__packing__1($representations:[_Any!]!){_entities(representations:$representations){...on User{items(first:10){nodes{name weightMg}}}}}',
  },
  preferences: {
    operationName: 'Bench__preferences__2',
    query:
      'query Bench__preferences__2($representations:[_Any!]!){_entities(representations:$representations){...on User{preferences{weightUnit}}}}',
  },
  /** ME_ID_QUERY's whole plan: one fetch from auth. */
  meId: { operationName: 'BenchMeId__auth__0', query: 'query BenchMeId__auth__0{me{id}}' },
} as const;

export interface GraphQLAnswer {
  data?: Record<string, unknown>;
  errors?: unknown[];
}

export async function post(
  url: string,
  query: string,
  variables: object,
  headers: Record<string, string> = {},
): Promise<GraphQLAnswer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLAnswer;
}

/** Polls `url` until it answers 2xx, or fails after `timeoutMs`. */
export async function waitForUrl(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${url} did not become ready within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Signs up a fresh user with one item through the router; resolves to its `Authorization` value. */
export async function signUpBenchUser(graphqlUrl: string): Promise<string> {
  const signUp = await post(
    graphqlUrl,
    'mutation($input: SignUpInput!) { signUp(input: $input) { accessToken } }',
    { input: { email: `bench-${randomUUID()}@example.com`, password: 'benchmark password 1' } },
  );
  const token = (signUp.data?.['signUp'] as { accessToken?: string } | undefined)?.accessToken;
  if (!token) throw new Error(`sign-up failed: ${JSON.stringify(signUp)}`);
  const authorization = `Bearer ${token}`;
  await post(
    graphqlUrl,
    'mutation($input: CreateItemInput!) { createItem(input: $input) { id } }',
    { input: { name: 'Tent', weightMg: 1_200_000 } },
    { authorization },
  );
  return authorization;
}

/** The 1, 5 and 15 minute load averages, as `uptime` prints them. */
export const loadAverage = (): string =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');
