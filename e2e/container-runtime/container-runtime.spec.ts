import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { signRouterProof } from '@packyourbag/service-kit';
import { createScratchDatabase, type RunningStack, type ServiceName } from '@packyourbag/stack';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postGraphQL } from '../support/graphql-client.js';
import { signUp } from '../support/accounts.js';
import { startScenarioStack } from '../support/scenario-stack.js';
import { connectionRefused, drainUnderLoad, type AlongsideOutcome } from './drain-under-load.js';
import type { InFlightOutcome } from './request-in-flight.js';

// The services as a container runs them (issue 18, build 1): an unprivileged user for whom the
// whole checkout is read-only and only /tmp is writable (a `readOnlyRootFilesystem` pod with an
// emptyDir at /tmp), each drained by SIGTERM under load. A stack of its own: the services are
// stopped one after another.
const UNPRIVILEGED = 'nobody';
const user = {
  uid: Number(execFileSync('id', ['-u', UNPRIVILEGED], { encoding: 'utf8' }).trim()),
  gid: Number(execFileSync('id', ['-g', UNPRIVILEGED], { encoding: 'utf8' }).trim()),
};
const repositoryRoot = resolve(import.meta.dirname, '../..');
const logDir = mkdtempSync(join(tmpdir(), 'pyb-container-runtime-'));
/** Kubernetes' terminationGracePeriodSeconds in deploy/kubernetes (30 s): SIGKILL after it. */
const GRACE_MS = 30_000;

let stack: RunningStack;
let account: { email: string; accessToken: string; id: string };

beforeAll(async () => {
  // Starting processes as another user takes root (CI and these machines run the tests as root).
  if (process.getuid?.() !== 0) {
    throw new Error(`e2e/container-runtime runs the services as ${UNPRIVILEGED} and must run as root.`);
  }
  stack = await startScenarioStack({
    user,
    logDir,
    // Production settings, as the images run them; only the router's budget is raised (one user
    // sends every request here).
    nodeEnv: 'production',
    env: {
      ...process.env,
      KEY_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
      RATE_LIMIT_CAPACITY: '1000000',
      RATE_LIMIT_RESTORE_PER_SECOND: '100000',
    },
  });
  const signedUp = await signUp(stack.urls.graphql);
  const me = await postGraphQL<{ me: { id: string } }>(stack.urls.graphql, '{ me { id } }', {
    token: signedUp.accessToken,
  });
  account = { ...signedUp, id: me.data!.me.id };
  await createItemAndPreference('Tent');
}, 240_000);

/** One item in packing's PostgreSQL and the weight unit in preferences' store, through the router. */
async function createItemAndPreference(name: string): Promise<void> {
  const created = await postGraphQL<{ createItem: { name: string } }>(
    stack.urls.graphql,
    'mutation ($input: CreateItemInput!) { createItem(input: $input) { name } }',
    { token: account.accessToken, variables: { input: { name: name, weightMg: 1_200_000 } } },
  );
  expect(created.errors).toBeUndefined();
  const updated = await postGraphQL(
    stack.urls.graphql,
    'mutation { updatePreferences(input: { weightUnit: OZ }) { weightUnit } }',
    { token: account.accessToken },
  );
  expect(updated.errors).toBeUndefined();
}

afterAll(async () => {
  await stack?.stop();
  rmSync(logDir, { recursive: true, force: true });
});

const uidOf = (pid: number) => Number(/^Uid:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]);
const writableBy = (path: string) =>
  spawnSync('runuser', ['-u', UNPRIVILEGED, '--', 'test', '-w', path]).status === 0;
const serviceLog = (name: ServiceName) => readFileSync(join(logDir, `${name}.log`), 'utf8');

describe('every service runs unprivileged over a read-only checkout, writing only to /tmp', () => {
  it('runs each service as the unprivileged user, for whom the checkout is not writable', () => {
    for (const name of ['auth', 'packing', 'preferences', 'router', 'web'] as const) {
      expect(uidOf(stack.pid(name)!), name).toBe(user.uid);
    }
    for (const path of ['.', 'router', 'router/dist', 'web', 'web/.next', 'subgraphs/auth', 'schema']) {
      expect(writableBy(join(repositoryRoot, path)), path).toBe(false);
    }
    expect(writableBy('/tmp')).toBe(true);
  });

  it('serves reads, writes and pages, and no service meets a file it may not write', async () => {
    // Writes to each store, then the reads.
    await createItemAndPreference('Stove');
    const read = await postGraphQL<{ me: { items: { nodes: Array<{ name: string }> } } }>(
      stack.urls.graphql,
      '{ me { email items(first: 5) { nodes { name } } preferences { weightUnit } } }',
      { token: account.accessToken },
    );
    expect(read.errors).toBeUndefined();
    expect(read.data?.me.items.nodes.map((item) => item.name).sort()).toEqual(['Stove', 'Tent']);
    // Pages rendered on demand (and a second time, from whatever Next keeps), and a static asset.
    for (const path of ['/', '/sign-in', '/', '/sign-in', '/health/ready']) {
      const page = await fetch(`${stack.urls.web}${path}`);
      expect(page.status, path).toBe(200);
    }
    for (const name of ['auth', 'packing', 'preferences', 'router', 'web'] as const) {
      expect(serviceLog(name), name).not.toMatch(
        /EACCES|EROFS|EPERM|permission denied|read-only file system/i,
      );
    }
  });
});

describe('the migration runs the same way', () => {
  it('applies every migration as the unprivileged user from its compiled output (the migrate image)', async () => {
    const database = await createScratchDatabase(stack.databaseUrl, { prefix: 'pyb_migrate_ro_' });
    try {
      const run = spawnSync(process.execPath, ['tools/stack/dist/cli/db-migrate.js'], {
        cwd: repositoryRoot,
        uid: user.uid,
        gid: user.gid,
        encoding: 'utf8',
        timeout: 120_000,
        // What the image sets, and nothing of this process's environment.
        env: { PATH: process.env.PATH, NODE_ENV: 'production', TMPDIR: '/tmp', DATABASE_URL: database.url },
      });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(run.stdout).toMatch(/Done: \d+ migration\(s\) applied\./);
    } finally {
      await database.drop();
    }
  }, 150_000);
});

/** A successful GraphQL answer: 200 and data, no errors. */
function answeredWith(outcome: InFlightOutcome, check: (data: Record<string, unknown>) => boolean): boolean {
  if (outcome.status !== 200 || !outcome.body) return false;
  const json = JSON.parse(outcome.body) as { data?: Record<string, unknown> | null; errors?: unknown[] };
  return !json.errors && !!json.data && check(json.data);
}

interface DrainCase {
  service: ServiceName;
  url: () => string;
  body: () => string;
  /** Subgraphs are called as the router calls them: the caller's token and the router's proof. */
  viaRouterProof: boolean;
  /** Between the slow bodies' pieces (3 pauses). @default 250 */
  slowPauseMs?: number;
  succeeded: (data: Record<string, unknown>) => boolean;
}

const entities = (selection: string) =>
  JSON.stringify({
    query: `query ($r: [_Any!]!) { _entities(representations: $r) { ... on User { ${selection} } } }`,
    variables: { r: [{ __typename: 'User', id: account.id }] },
  });
const entity = (data: Record<string, unknown>) => (data._entities as Array<Record<string, unknown>>)[0]!;
const ME = JSON.stringify({
  query: '{ me { email items(first: 5) { nodes { name } } preferences { weightUnit } } }',
});

/** The signed-in `me` over all three subgraphs, through the router (fetch keeps connections alive). */
async function meThroughRouter(): Promise<AlongsideOutcome> {
  const response = await fetch(stack.urls.graphql, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${account.accessToken}` },
    body: ME,
  });
  const json = (await response.json()) as { errors?: Array<{ extensions?: { code?: string } }> };
  return {
    status: response.status,
    codes: (json.errors ?? []).map((error) => error.extensions?.code ?? 'none'),
    retryAfter: response.headers.get('retry-after'),
  };
}

const cases: DrainCase[] = [
  {
    service: 'auth',
    url: () => `${stack.urls.auth}/graphql`,
    body: () => JSON.stringify({ query: '{ me { id email } }' }),
    viaRouterProof: true,
    succeeded: (data) => (data.me as { email: string }).email === account.email,
  },
  {
    service: 'packing',
    url: () => `${stack.urls.packing}/graphql`,
    body: () => entities('items(first: 5) { nodes { name } }'),
    viaRouterProof: true,
    succeeded: (data) =>
      (entity(data).items as { nodes: Array<{ name: string }> }).nodes.some((item) => item.name === 'Tent'),
  },
  {
    service: 'preferences',
    url: () => `${stack.urls.preferences}/graphql`,
    body: () => entities('preferences { weightUnit }'),
    viaRouterProof: true,
    succeeded: (data) => (entity(data).preferences as { weightUnit: string }).weightUnit === 'OZ',
  },
  {
    service: 'web',
    url: () => `${stack.urls.web}/graphql`,
    body: () => ME,
    viaRouterProof: false,
    // Slow requests still in flight 6 s after the signal: the web server waits up to 20 s.
    slowPauseMs: 2_000,
    succeeded: (data) => (data.me as { email: string }).email === account.email,
  },
  {
    service: 'router',
    url: () => stack.urls.graphql,
    body: () => ME,
    viaRouterProof: false,
    succeeded: (data) => (data.me as { email: string }).email === account.email,
  },
];

describe('every service drains on SIGTERM under load: what it accepted succeeds, the rest is refused', () => {
  for (const drainCase of cases) {
    it(`${drainCase.service}: exits 0 within the grace period with no accepted request failed`, async () => {
      const url = drainCase.url();
      const outcome = await drainUnderLoad({
        url,
        request: () => {
          const body = drainCase.body();
          return {
            url,
            body,
            headers: {
              authorization: `Bearer ${account.accessToken}`,
              ...(drainCase.viaRouterProof ? signRouterProof(stack.routerSecret, body) : {}),
            },
          };
        },
        slowPauseMs: drainCase.slowPauseMs,
        // For a subgraph, the router keeps sending to it over its pooled connections meanwhile.
        ...(drainCase.viaRouterProof ? { alongside: meThroughRouter } : {}),
        terminate: async () => {
          const exit = await stack.stopService(drainCase.service, GRACE_MS);
          expect(exit, `${drainCase.service} exit`).toEqual({ code: 0, signal: null });
        },
      });

      expect(outcome.slowAccepted).toBe(12);
      expect(outcome.completedBeforeSignal).toBeGreaterThan(0);
      const failed = outcome.accepted.filter((each) => !answeredWith(each, drainCase.succeeded));
      expect(failed.map((each) => each.error ?? `${each.status} ${each.body?.slice(0, 300)}`)).toEqual([]);
      // Not accepted means refused at the connection (never a half answer or an HTTP error).
      for (const refused of outcome.notAccepted)
        expect(['ECONNREFUSED', 'ECONNRESET']).toContain(refused.error);
      expect(await connectionRefused(url)).toBe(true);
      // Through the router: answered, or (once the subgraph is gone) the outage's clean 503.
      for (const answer of outcome.alongside) {
        if (answer.status === 200) expect(answer.codes).toEqual([]);
        else expect(answer).toMatchObject({ status: 503, retryAfter: expect.any(String) });
        if (answer.status === 503) expect(new Set(answer.codes)).toEqual(new Set(['SERVICE_UNAVAILABLE']));
      }
      console.log(
        `${drainCase.service}: ${outcome.accepted.length} accepted requests (12 slow across the drain) all answered, ` +
          `${outcome.notAccepted.length} refused after the signal` +
          (drainCase.viaRouterProof
            ? `; through the router meanwhile: ${outcome.alongside.filter((each) => each.status === 200).length} answered, ` +
              `${outcome.alongside.filter((each) => each.status === 503).length} SERVICE_UNAVAILABLE`
            : ''),
      );

      // Back for the next case (the router and the web server need the others).
      await stack.startService(drainCase.service);
    }, 180_000);
  }
});
