/**
 * After the fault run: each acknowledged write looked for in the stores themselves (the scratch
 * database's admin connection), not through the API that acknowledged it.
 */
import pg from 'pg';
import type { WriteLedger } from './write-ledger.js';

export interface LostWrite {
  kind: 'createItem' | 'checkOff' | 'deleteAccount';
  /** What was acknowledged and what the store holds instead. */
  detail: string;
}

export interface WriteCheck {
  itemsCreated: number;
  checkOffsAcknowledged: number;
  /** Checklist entries whose final state was compared. */
  checklistEntriesJudged: number;
  /** Checklist entries left unjudged: their last write failed or one hung. */
  checklistEntriesUnknown: number;
  accountsDeleted: number;
  lost: LostWrite[];
}

/** Rows that an account still has in auth and packing (0 once its deletion has completed everywhere). */
async function rowsLeftOf(client: pg.Client, userId: string): Promise<number> {
  const { rows } = await client.query<{ left: number }>(
    `SELECT (SELECT count(*) FROM auth.users WHERE id = $1)
          + (SELECT count(*) FROM packing.items WHERE owner_id = $1)
          + (SELECT count(*) FROM packing.categories WHERE owner_id = $1)
          + (SELECT count(*) FROM packing.lists WHERE owner_id = $1)
          + (SELECT count(*) FROM packing.packs WHERE owner_id = $1)
          + (SELECT count(*) FROM packing.trips WHERE owner_id = $1) AS left`,
    [userId],
  );
  return Number(rows[0]!.left);
}

/** Polls until every deleted account has no rows left, or `timeoutMs` passed; the ids still holding rows. */
export async function waitForDeletions(
  databaseUrl: string,
  userIds: readonly string[],
  timeoutMs: number,
): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const left: string[] = [];
      for (const userId of userIds) if ((await rowsLeftOf(client, userId)) > 0) left.push(userId);
      if (left.length === 0 || Date.now() > deadline) return left;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  } finally {
    await client.end();
  }
}

/** Looks for every write in `ledger`; `deletionTimeoutMs` bounds the wait for the deletions to complete. */
export async function verifyWrites(
  databaseUrl: string,
  ledger: WriteLedger,
  deletionTimeoutMs: number,
): Promise<WriteCheck> {
  const lost: LostWrite[] = [];
  const known = ledger.knownChecks();
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const ids = ledger.createdItems.map((item) => item.id);
    const { rows: items } = await client.query<{ id: string; name: string }>(
      'SELECT id::text, name FROM packing.items WHERE id = ANY($1::uuid[])',
      [ids],
    );
    const stored = new Map(items.map((item) => [item.id, item.name]));
    for (const item of ledger.createdItems) {
      const name = stored.get(item.id);
      if (name !== item.name)
        lost.push({
          kind: 'createItem',
          detail: `item ${item.id} "${item.name}": ${name === undefined ? 'not in packing.items' : `named "${name}"`}`,
        });
    }

    const { rows: checks } = await client.query<{ key: string }>(
      `SELECT trip_id::text || '/' || item_id::text AS key FROM packing.trip_checks
        WHERE trip_id = ANY($1::uuid[])`,
      [[...new Set(known.map((state) => state.tripId))]],
    );
    const checked = new Set(checks.map((row) => row.key));
    for (const state of known) {
      const isChecked = checked.has(`${state.tripId}/${state.itemId}`);
      if (isChecked !== state.checked)
        lost.push({
          kind: 'checkOff',
          detail: `trip ${state.tripId} item ${state.itemId}: acknowledged ${state.checked ? 'checked' : 'unchecked'}, stored ${isChecked ? 'checked' : 'unchecked'}`,
        });
    }
  } finally {
    await client.end();
  }

  const left = await waitForDeletions(databaseUrl, ledger.deletedAccounts, deletionTimeoutMs);
  for (const userId of left)
    lost.push({
      kind: 'deleteAccount',
      detail: `account ${userId} still has rows ${deletionTimeoutMs / 1000} s on`,
    });

  return {
    itemsCreated: ledger.createdItems.length,
    checkOffsAcknowledged: ledger.acknowledgedCheckOffs,
    checklistEntriesJudged: known.length,
    checklistEntriesUnknown: ledger.unknownChecks(),
    accountsDeleted: ledger.deletedAccounts.length,
    lost,
  };
}
