import { execFile } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { MultiInstanceStack } from '@packyourbag/stack';
import { decodeProtectedHeader } from 'jose';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { query } from '../auth-support/auth-database.js';
import { nothingIn, packingRowsOf, preferencesDocumentsOf } from '../lifecycle-support/account-everywhere.js';
import { codeOf } from '../router-support/router-http.js';
import {
  accountWithData,
  deleteAccount,
  erasures,
  handledDeletions,
  seedings,
  settled,
  sum,
} from './lifecycle-checks.js';
import {
  AUTH_PAYLOAD,
  call,
  metricOf,
  ok,
  PASSWORD,
  signUp,
  startMultiInstanceScenario,
  type ServiceRecord,
  type SignedUp,
} from './multi-instance-scenario.js';
import { randomClientIp } from '../support/forwarded-client.js';

// Two routers, two instances of auth, packing and preferences, one PostgreSQL database, one Redis,
// one document store (decision 1390). Requests alternate between the routers; each router reaches
// a subgraph through a spreader that sends each call to the next instance, or to the one a test
// names in the request id. Every property is one the stores must carry, not a single process.
// Generous time limits: eight processes on a loaded 2-core machine; nothing asserts speed.
// The tests run in file order: the key rotation made in beforeAll is checked last (its activation
// delay passes meanwhile), and the test before it stops instances.

/** 6 requests of 40 points; 1 point/s comes back, so a second is worth far less than a request. */
const CAPACITY = 240;
const FORTY_POINTS = {
  // me (1) + preferences (1), twenty times: requested and actual alike.
  query: `{ ${Array.from({ length: 20 }, (_, index) => `m${index}: me { id preferences { weightUnit } }`).join(' ')} }`,
};
const AUTH_DIR = join(import.meta.dirname, '../../subgraphs/auth');
const WEB_CLIENT = { 'apollographql-client-name': 'packyourbag-web' };

let stack: MultiInstanceStack;
let records: ServiceRecord[];
/** The key `npm run keys:rotate` made right after start, and the kid that signed before it. */
let rotation: { oldKid: string; newKid: string; token: string; user: SignedUp };

const kidOf = (token: string) => decodeProtectedHeader(token).kid!;
/** Waits for an assertion that a log line or a counter will make true shortly. */
const eventually = (check: () => unknown) => vi.waitFor(check, { timeout: 10_000, interval: 100 });

beforeAll(async () => {
  ({ stack, records } = await startMultiInstanceScenario({
    ...process.env,
    RATE_LIMIT_CAPACITY: String(CAPACITY),
    RATE_LIMIT_RESTORE_PER_SECOND: '1',
    TRUSTED_DOCUMENTS: 'enforce-for-web',
  }));
  // Rotated first, checked last: the new key signs only after its activation delay (35 s, longer
  // than the routers' 30 s JWKS refetch cool-down, decision 0602), which the other tests use up.
  const user = await signUp(stack, 1);
  const { stdout } = await promisify(execFile)(process.execPath, ['dist/cli/rotate-keys.js'], {
    cwd: AUTH_DIR,
    env: {
      ...process.env,
      DATABASE_URL: stack.serviceDatabaseUrls.auth,
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      KEY_ACTIVATION_DELAY_SECONDS: '35',
    },
  });
  const newKid = /New signing key ([0-9a-f-]+)/.exec(stdout)?.[1];
  if (!newKid) throw new Error(`keys:rotate printed no new key: ${stdout}`);
  rotation = { oldKid: kidOf(user.accessToken), newKid, token: user.accessToken, user };
}, 240_000);

afterAll(() => stack?.stop());

describe('rate limits: one principal, one budget, whichever router it calls', () => {
  it('serves exactly the budget through alternating routers and throttles the next request at both', async () => {
    const user = await signUp(stack, 1);
    const requests = CAPACITY / 40;
    const started = Date.now();
    const available: number[] = [];
    const requestIds: string[] = [];
    for (let index = 0; index < requests; index += 1) {
      const answer = await call(stack, (index % 2) + 1, FORTY_POINTS, { token: user.accessToken });
      expect(answer.status, JSON.stringify(answer.body)).toBe(200);
      expect(answer.body.extensions?.cost).toMatchObject({ requestedQueryCost: 40, actualQueryCost: 40 });
      available.push(answer.body.extensions!.cost!.throttleStatus!.currentlyAvailable);
      requestIds.push(answer.requestId);
    }
    // Spread below the routers too: the preferences calls went to the two instances in turn.
    const served = requestIds.map((id) => stack.servedBy('preferences', id));
    expect(served.slice(1).map((instance, index) => [served[index], instance])).toEqual(
      served.slice(1).map((instance) => [3 - instance!, instance]),
    );
    // Each router reports the shared balance: after n requests n × 40 spent, plus at most one point
    // per second back (the bounds need the run to take less than 40 s; it takes a few).
    const restored = Math.ceil((Date.now() - started) / 1000) + 1;
    expect(restored).toBeLessThan(40);
    available.forEach((points, index) => {
      expect(points).toBeGreaterThanOrEqual(CAPACITY - 40 * (index + 1));
      expect(points).toBeLessThanOrEqual(CAPACITY - 40 * (index + 1) + restored);
    });

    for (const router of [1, 2]) {
      const refused = await call(stack, router, FORTY_POINTS, { token: user.accessToken });
      expect(refused.status).toBe(429);
      expect(codeOf(refused)).toBe('THROTTLED');
      expect(refused.body.extensions?.cost?.throttleStatus?.maximumAvailable).toBe(CAPACITY);
    }
  }, 90_000);
});

describe('refresh tokens: one family, whichever auth instance sees it', () => {
  const refresh = (router: number, token: string, instance: number, ip: string) =>
    call(
      stack,
      router,
      {
        query: `mutation ($token: String!) { refreshSession(refreshToken: $token) { ${AUTH_PAYLOAD} } }`,
        variables: { token },
      },
      { instance, ip },
    );
  const pairOf = (answer: { body: { data?: Record<string, unknown> | null } }) =>
    answer.body.data!['refreshSession'] as SignedUp;

  it('detects a token spent on one instance when it is reused on the other, and revokes the family everywhere', async () => {
    const user = await signUp(stack, 1);
    const first = await refresh(1, user.refreshToken, 1, user.ip);
    expect(first.body.errors).toBeUndefined();
    expect(stack.servedBy('auth', first.requestId)).toBe(1);
    const second = await refresh(2, pairOf(first).refreshToken, 2, user.ip);
    expect(second.body.errors).toBeUndefined();
    expect(stack.servedBy('auth', second.requestId)).toBe(2);
    const latest = pairOf(second);

    // The sign-up's token, spent on auth#1 two rotations ago, presented to auth#2: reuse.
    const reuse = await refresh(2, user.refreshToken, 2, user.ip);
    expect(stack.servedBy('auth', reuse.requestId)).toBe(2);
    expect(codeOf(reuse)).toBe('UNAUTHENTICATED');
    // The family is gone on auth#1 too, and its access tokens at both routers.
    const after = await refresh(1, latest.refreshToken, 1, user.ip);
    expect(stack.servedBy('auth', after.requestId)).toBe(1);
    expect(codeOf(after)).toBe('UNAUTHENTICATED');
    for (const router of [1, 2]) {
      await vi.waitFor(
        async () => {
          const me = await call(stack, router, { query: '{ me { id } }' }, { token: latest.accessToken });
          expect(codeOf(me)).toBe('UNAUTHENTICATED');
        },
        { timeout: 20_000, interval: 250 },
      );
    }
    // Detected once: one audit event.
    const audit = await query<{ n: number }>(
      stack.serviceDatabaseUrls.auth,
      "SELECT count(*)::int AS n FROM auth.security_events WHERE user_id = $1 AND type = 'REFRESH_REUSE_DETECTED'",
      [user.user.id],
    );
    expect(audit[0]!.n).toBe(1);
  }, 90_000);

  it('gives two tabs refreshing the same token at once on the two instances a pair each (the grace window)', async () => {
    const user = await signUp(stack, 2);
    const [a, b] = await Promise.all([
      refresh(1, user.refreshToken, 1, user.ip),
      refresh(2, user.refreshToken, 2, user.ip),
    ]);
    expect([stack.servedBy('auth', a.requestId), stack.servedBy('auth', b.requestId)]).toEqual([1, 2]);
    expect(a.body.errors).toBeUndefined();
    expect(b.body.errors).toBeUndefined();
    expect(pairOf(a).refreshToken).not.toBe(pairOf(b).refreshToken);
    // Each pair goes on rotating, on the instance the other one was made on.
    for (const [index, answer] of [a, b].entries()) {
      expect(
        (await refresh(index + 1, pairOf(answer).refreshToken, 2 - index, user.ip)).body.errors,
      ).toBeUndefined();
    }
  }, 90_000);
});

describe('lifecycle events with every instance consuming: each event takes effect once', () => {
  it('erases each deleted account and seeds each guest exactly once', async () => {
    const accounts = await Promise.all([1, 2, 1, 2].map((router) => accountWithData(stack, router)));
    const packingBefore = sum(await handledDeletions(stack, 'packing', 'done'));
    const preferencesBefore = sum(await handledDeletions(stack, 'preferences', 'done'));
    const retriesBefore = sum([
      ...(await handledDeletions(stack, 'packing', 'retry')),
      ...(await handledDeletions(stack, 'preferences', 'retry')),
    ]);

    await Promise.all(accounts.map((account, index) => deleteAccount(stack, account, (index % 2) + 1)));
    const guests = await Promise.all(
      [1, 2, 1, 2].map(async (router) => {
        const started = await ok<{ startGuestSession: SignedUp }>(
          stack,
          router,
          { query: `mutation { startGuestSession { ${AUTH_PAYLOAD} } }` },
          { ip: randomClientIp() },
        );
        return started.startGuestSession;
      }),
    );

    for (const account of accounts) {
      const { eventId, deliveries } = await settled(stack, account.user.id, 'user.deleted', [
        'packing',
        'preferences',
      ]);
      // One claim per consumer group (another instance claiming it too would be a second
      // attempt) and one erasure in all the packing instances' logs (which arrive through pipes:
      // waited for, like the counters, which move just after the delivery is marked done).
      expect(deliveries.map(({ attempts }) => attempts)).toEqual([1, 1]);
      await eventually(() => expect(erasures(records, eventId)).toHaveLength(1));
      const rows = await packingRowsOf(stack.databaseUrl, account.user.id);
      expect(rows).toEqual(nothingIn(rows));
      expect(await preferencesDocumentsOf(stack.mongoUrl, account.user.id)).toBe(0);
    }
    await eventually(async () => {
      expect(sum(await handledDeletions(stack, 'packing', 'done')) - packingBefore).toBe(accounts.length);
      expect(sum(await handledDeletions(stack, 'preferences', 'done')) - preferencesBefore).toBe(
        accounts.length,
      );
    });
    const retries = sum([
      ...(await handledDeletions(stack, 'packing', 'retry')),
      ...(await handledDeletions(stack, 'preferences', 'retry')),
    ]);
    expect(retries).toBe(retriesBefore);

    for (const guest of guests) {
      const { eventId, deliveries } = await settled(stack, guest.user.id, 'user.created', ['packing']);
      expect(deliveries.map(({ attempts }) => attempts)).toEqual([1]);
      await eventually(() =>
        expect(seedings(records, eventId).map(({ record }) => record['seeded'])).toEqual([true]),
      );
      expect(await packingRowsOf(stack.databaseUrl, guest.user.id)).toMatchObject({
        seeded: 1,
        packs: 1,
        lists: 2,
        trips: 1,
      });
    }
  }, 120_000);
});

describe('trusted documents and the cost cache: both routers answer alike', () => {
  let viewerHash: string;
  beforeAll(async () => {
    const manifest = JSON.parse(
      await readFile(join(import.meta.dirname, '../../web/src/gql/persisted-documents.json'), 'utf8'),
    ) as Record<string, string>;
    const viewer = Object.entries(manifest).find(([, document]) => document.startsWith('query Viewer '));
    if (!viewer) throw new Error('the web manifest has no Viewer query');
    viewerHash = viewer[0];
  });

  it('serves the web client a registered hash and refuses anything else from it, at both routers, at one cost', async () => {
    const user = await signUp(stack, 1);
    const asWeb = { token: user.accessToken, headers: WEB_CLIENT };
    const costs: unknown[] = [];
    for (const router of [1, 2, 1, 2]) {
      const registered = await call(
        stack,
        router,
        { extensions: { persistedQuery: { version: 1, sha256Hash: viewerHash } } },
        asWeb,
      );
      expect(registered.status).toBe(200);
      expect(registered.body.data).toMatchObject({ me: { email: user.email } });
      costs.push(registered.body.extensions?.cost?.requestedQueryCost);

      const document = await call(stack, router, { query: '{ me { email } }' }, asWeb);
      expect(codeOf(document)).toBe('PERSISTED_QUERY_ID_REQUIRED');
      const unknown = await call(
        stack,
        router,
        { extensions: { persistedQuery: { version: 1, sha256Hash: 'e'.repeat(64) } } },
        asWeb,
      );
      expect(codeOf(unknown)).toBe('PERSISTED_QUERY_NOT_IN_LIST');
    }
    expect(new Set(costs).size).toBe(1);
    expect(costs[0]).toBeGreaterThan(0);
  }, 90_000);

  it('estimates one document alike at both routers, whichever has it cached, for each value of the variables it reads', async () => {
    const user = await signUp(stack, 2);
    const items = 'query Items($n: Int!) { me { items(first: $n) { nodes { id } } } }';
    // me (1) + connection (1) + n nodes; the first router to see each value caches its estimate.
    const order = [
      { router: 1, n: 5 },
      { router: 2, n: 40 },
      { router: 1, n: 40 },
      { router: 2, n: 5 },
      { router: 1, n: 5 },
      { router: 2, n: 40 },
    ];
    for (const { router, n } of order) {
      const answer = await call(
        stack,
        router,
        { query: items, variables: { n } },
        { token: user.accessToken },
      );
      expect({ router, n, cost: answer.body.extensions?.cost?.requestedQueryCost }).toEqual({
        router,
        n,
        cost: n + 2,
      });
    }
  }, 90_000);

  it('keeps a third party’s ad-hoc persisted query per router: the other asks for the document once (APQ), then serves it alike', async () => {
    const user = await signUp(stack, 1);
    const document = `query Mine { me { id email } } # ${randomUUID()}`;
    const hash = createHash('sha256').update(document).digest('hex');
    const byHash = { extensions: { persistedQuery: { version: 1, sha256Hash: hash } } };
    const asThirdParty = { token: user.accessToken };

    const registered = await call(stack, 1, { query: document, ...byHash }, asThirdParty);
    expect(registered.body.data).toMatchObject({ me: { email: user.email } });
    expect((await call(stack, 1, byHash, asThirdParty)).body.data).toEqual(registered.body.data);

    expect(codeOf(await call(stack, 2, byHash, asThirdParty))).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect((await call(stack, 2, { query: document, ...byHash }, asThirdParty)).body.data).toEqual(
      registered.body.data,
    );
    const again = await call(stack, 2, byHash, asThirdParty);
    expect(again.body.data).toEqual(registered.body.data);
    expect(again.body.extensions?.cost?.requestedQueryCost).toBe(
      registered.body.extensions?.cost?.requestedQueryCost,
    );
  }, 90_000);
});

// Stops instance 1 of packing and preferences for good: only the rotation's check, which needs
// auth and the routers alone, comes after it.
describe('lifecycle events: every instance runs a consumer', () => {
  it('erases an account with only instance 1 of packing and preferences running, then with only instance 2', async () => {
    const preferencesHandled = (instance: number) =>
      metricOf(stack.instanceUrls.preferences[instance - 1]!, 'pyb_lifecycle_events_handled_total', {
        consumer: 'preferences',
        type: 'user.deleted',
        outcome: 'done',
      });
    const stopBoth = (instance: number) =>
      Promise.all([stack.stopInstance('packing', instance), stack.stopInstance('preferences', instance)]);
    const startBoth = (instance: number) =>
      Promise.all([stack.startInstance('packing', instance), stack.startInstance('preferences', instance)]);

    const first = await accountWithData(stack, 1);
    const second = await accountWithData(stack, 2);
    await stopBoth(2);
    for (const [alone, account] of [
      [1, first],
      [2, second],
    ] as const) {
      // Instance 2 comes back while instance 1 goes: for a moment no consumer runs, and the event waits.
      if (alone === 2) await Promise.all([startBoth(2), stopBoth(1)]);
      const before = await preferencesHandled(alone);
      await deleteAccount(stack, account, alone);
      const { eventId } = await settled(stack, account.user.id, 'user.deleted', ['packing', 'preferences']);
      await eventually(async () => {
        expect(erasures(records, eventId).map(({ instance }) => instance)).toEqual([`packing#${alone}`]);
        expect(await preferencesHandled(alone)).toBe(before + 1);
      });
      expect(await preferencesDocumentsOf(stack.mongoUrl, account.user.id)).toBe(0);
    }
  }, 180_000);
});

describe('signing-key rotation: seen by every auth instance and both routers', () => {
  const jwksKids = async (baseUrl: string) =>
    (
      (await (await fetch(`${baseUrl}/.well-known/jwks.json`)).json()) as { keys: Array<{ kid: string }> }
    ).keys.map((key) => key.kid);

  it('publishes the new key on both auth instances, then both sign with it and both routers accept it', async () => {
    for (const url of stack.instanceUrls.auth) {
      expect(await jwksKids(url)).toEqual(expect.arrayContaining([rotation.oldKid, rotation.newKid]));
    }
    // Once the activation delay (35 s from the rotation) is over, each auth instance signs with
    // the new key on its next reload (1 s): a sign-in placed on each returns a new-key token.
    const { user } = rotation;
    const signedBy: string[] = [];
    for (const instance of [1, 2]) {
      await vi.waitFor(
        async () => {
          const signedIn = await ok<{ signIn: SignedUp }>(
            stack,
            instance,
            {
              query: `mutation ($input: SignInInput!) { signIn(input: $input) { ${AUTH_PAYLOAD} } }`,
              variables: { input: { email: user.email, password: PASSWORD } },
            },
            { ip: randomClientIp(), instance },
          );
          expect(kidOf(signedIn.signIn.accessToken)).toBe(rotation.newKid);
          signedBy.push(signedIn.signIn.accessToken);
        },
        { timeout: 90_000, interval: 2_000 },
      );
    }
    // Both routers verify the new key's tokens (fetched on the unknown kid) and the old key's.
    for (const router of [1, 2]) {
      for (const token of [...signedBy, rotation.token]) {
        const me = await ok(stack, router, { query: '{ me { id } }' }, { token });
        expect(me).toEqual({ me: { id: user.user.id } });
      }
    }
  }, 120_000);
});
