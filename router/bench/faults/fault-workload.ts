/**
 * The many-user workload of `npm run bench:load` (its users, its mix, its operations), run as
 * closed-loop clients until stopped, with item creations added so that there are writes whose
 * presence can be checked afterwards. A user is used by one client at a time, so each user's
 * writes reach the API in the order they were sent (the ledger relies on it). Every request's
 * outcome is kept; every acknowledged write goes into the ledger.
 */
import { randomUUID } from 'node:crypto';
import { chooseOperation, type Mix } from '../load-mix.js';
import { requestBody, type LoadUser } from '../load-operations.js';
import type { FaultClient } from './fault-client.js';
import type { RequestOutcome } from './request-outcome.js';
import type { CheckWrite, WriteLedger } from './write-ledger.js';

const CREATE_ITEM =
  'mutation FaultCreateItem($input: CreateItemInput!) { createItem(input: $input) { id name } }';

export interface FaultWorkloadOptions {
  users: readonly LoadUser[];
  mix: Mix;
  /** Share of requests, 0–1, that create an item instead of following the mix. */
  createShare: number;
  clients: number;
  client: FaultClient;
  ledger: WriteLedger;
  /** Every request's outcome is pushed here. */
  outcomes: RequestOutcome[];
}

export interface RunningWorkload {
  /** Lets every client finish its request in flight, then resolves. */
  stop(): Promise<void>;
}

/** Sends one request of the mix as `user` and records its outcome and any acknowledged write. */
async function sendOne(options: FaultWorkloadOptions, user: LoadUser, random: () => number): Promise<void> {
  if (random() < options.createShare) {
    const name = `fault-run ${randomUUID()}`;
    const { outcome, data } = await options.client.post('createItem', user.authorization, CREATE_ITEM, {
      input: { name, weightMg: 1000 },
    });
    options.outcomes.push(outcome);
    const created = data?.['createItem'] as { id?: string } | undefined;
    if (outcome.ok && created?.id) options.ledger.itemCreated({ id: created.id, name });
    return;
  }
  const kind = chooseOperation(options.mix, random());
  const { query, variables } = JSON.parse(requestBody(kind, user)) as {
    query: string;
    variables?: { tripId?: string; itemId?: string };
  };
  const { outcome } = await options.client.post(kind, user.authorization, query, variables);
  options.outcomes.push(outcome);
  if (kind !== 'checkOff' || !variables?.tripId || !variables.itemId) return;
  const write: CheckWrite = query.startsWith('mutation LoadCheck') ? 'check' : 'uncheck';
  const ending = outcome.ok ? 'acknowledged' : outcome.hung ? 'hung' : 'failed';
  options.ledger.checkWrite(variables.tripId, variables.itemId, write, ending);
}

export function startFaultWorkload(options: FaultWorkloadOptions, random = Math.random): RunningWorkload {
  if (options.users.length < options.clients)
    throw new Error(
      `the fault workload needs at least as many users (${options.users.length}) as clients (${options.clients})`,
    );
  const idle = [...options.users];
  let stopping = false;
  const worker = async () => {
    while (!stopping) {
      const user = idle.splice(Math.floor(random() * idle.length), 1)[0]!;
      try {
        await sendOne(options, user, random);
      } finally {
        idle.push(user);
      }
    }
  };
  const workers = Array.from({ length: options.clients }, worker);
  return {
    async stop() {
      stopping = true;
      await Promise.all(workers);
    },
  };
}
