import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, describe, expect, inject, it, vi } from 'vitest';
import {
  accountWithDataEverywhere,
  deliveryStatus,
  nothingIn,
  packingRowsOf,
  PASSWORD,
  publishedEventId,
} from '../lifecycle-support/account-everywhere.js';
import '../support/stack-info.js';

const { graphqlUrl, databaseUrl, eventsDatabaseUrl, subgraphUrls } = inject('stack');
const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url));

// A deterministic failure only for this scenario's user: a trigger (as an operator's legal hold or
// a broken migration would) refuses to delete its items, so packing's user.deleted handler fails
// on every attempt. Other users, and other scenarios running at the same time, are untouched.
const hold = `e2e_hold_${randomBytes(4).toString('hex')}`;

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** `npm run events:replay -- …` as an operator runs it, against the stack's queue. */
function replay(args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['--conditions=source', '--import', 'tsx', 'packages/lifecycle-events/src/cli/replay.ts', ...args],
      { cwd: repositoryRoot, env: { ...process.env, EVENTS_DATABASE_URL: eventsDatabaseUrl } },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) => resolve({ code, output }));
  });
}

afterAll(async () => {
  await admin(`DROP TRIGGER IF EXISTS ${hold} ON packing.items; DROP FUNCTION IF EXISTS packing.${hold}();`);
});

describe('an event that keeps failing goes to the dead letters, and replay delivers it once fixed', () => {
  it('dead after its attempts, visible in metrics and the replay listing; handled after the fix and replay', async () => {
    const account = await accountWithDataEverywhere(graphqlUrl);
    await admin(`
      CREATE FUNCTION packing.${hold}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'items of this account are on hold'; END $$;
      CREATE TRIGGER ${hold} BEFORE DELETE ON packing.items FOR EACH ROW
        WHEN (OLD.owner_id = '${account.id}') EXECUTE FUNCTION packing.${hold}();`);
    const before = await packingRowsOf(databaseUrl, account.id);

    await account.data('mutation ($input: DeleteAccountInput!) { deleteAccount(input: $input) }', {
      input: { password: PASSWORD },
    });

    // Three attempts in scenario stacks (1 s, then 2 s apart), then dead; the transaction rolled
    // back each time, so nothing was half deleted.
    let eventId: string | undefined;
    await vi.waitFor(
      async () => {
        eventId = await publishedEventId(eventsDatabaseUrl, account.id, 'user.deleted');
        expect(eventId && (await deliveryStatus(eventsDatabaseUrl, 'packing', eventId))).toBe('dead');
      },
      { timeout: 20_000, interval: 250 },
    );
    expect(await packingRowsOf(databaseUrl, account.id)).toEqual(before);
    // Preferences' delivery of the same event is independent of packing's failure.
    await vi.waitFor(
      async () => expect(await deliveryStatus(eventsDatabaseUrl, 'preferences', eventId!)).toBe('done'),
      { timeout: 20_000, interval: 250 },
    );
    const metrics = await (await fetch(subgraphUrls.packing.replace(/\/graphql$/, '/metrics'))).text();
    const dead = /pyb_lifecycle_events_dead_letters\{consumer="packing"\} (\d+)/.exec(metrics);
    expect(Number(dead?.[1])).toBeGreaterThanOrEqual(1);
    expect(metrics).toMatch(
      /pyb_lifecycle_events_handled_total\{consumer="packing",type="user.deleted",outcome="dead"\} [1-9]/,
    );
    const listing = await replay(['--service', 'packing', '--id', eventId!, '--dry-run']);
    expect(listing.code).toBe(0);
    expect(listing.output).toContain(eventId!);
    expect(listing.output).toContain('on hold');

    // Fix the cause, then replay this one event.
    await admin(`DROP TRIGGER ${hold} ON packing.items; DROP FUNCTION packing.${hold}();`);
    const replayed = await replay(['--service', 'packing', '--id', eventId!]);
    expect(replayed.code, replayed.output).toBe(0);

    await vi.waitFor(
      async () => {
        expect(await deliveryStatus(eventsDatabaseUrl, 'packing', eventId!)).toBe('done');
        expect(await packingRowsOf(databaseUrl, account.id)).toEqual(nothingIn(before));
      },
      { timeout: 20_000, interval: 250 },
    );
  });
});
