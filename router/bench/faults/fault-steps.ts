/**
 * The four faults of the run, injected one after another while the workload keeps going: a
 * subgraph instance killed with SIGKILL and restarted, Redis stopped for a while, PostgreSQL
 * stopped and started again, and the lifecycle consumer (packing) down while accounts are deleted.
 * Each returns when what failed is back; the caller then lets the system settle.
 */
import type { RunningStack, ScratchCluster } from '@packyourbag/stack';
import type { FaultClient } from './fault-client.js';
import type { ReadinessWatch } from './readiness-watch.js';
import type { RequestOutcome } from './request-outcome.js';
import type { ScratchRedis } from './scratch-redis.js';
import { waitForDeletions } from './verify-writes.js';
import type { WriteLedger } from './write-ledger.js';

/** Accounts the consumer fault deletes: guests with the sample gear, not used by the workload. */
export interface DoomedAccount {
  userId: string;
  authorization: string;
}

export interface FaultContext {
  stack: RunningStack;
  redis: ScratchRedis;
  postgres: ScratchCluster;
  readiness: ReadinessWatch;
  client: FaultClient;
  ledger: WriteLedger;
  outcomes: RequestOutcome[];
  /** Accounts for the consumer fault to delete. */
  doomed: readonly DoomedAccount[];
  /** ms since the run's start. */
  now: () => number;
  log: (line: string) => void;
  settings: FaultSettings;
}

export interface FaultSettings {
  /** The subgraph killed with SIGKILL. @default 'packing' */
  killedSubgraph: 'auth' | 'packing' | 'preferences';
  /** How long Redis stays stopped. */
  redisDownMs: number;
  /** How long PostgreSQL stays stopped, at least (it also waits until the subgraphs report not ready). */
  postgresDownMs: number;
  /** How long the consumer stays down after the deletions were acknowledged. */
  consumerDownMs: number;
  /** How long readiness may take to change after a fault or its end. */
  readinessTimeoutMs: number;
}

export interface FaultResult {
  injectedMs: number;
  liftedMs: number;
  notes: string[];
  /** The consumer fault's deletions. */
  deletions?: DeletionsResult;
}

export interface DeletionsResult {
  acknowledged: number;
  /** Completed in packing while its consumer was down: must be 0 (else the consumer was not down). */
  completedWhileConsumerDown: number;
  /** Still holding rows after the wait once the consumer was back: must be 0. */
  incomplete: number;
  /** From the consumer's return until every deletion had completed. */
  completedAfterMs: number;
}

export interface FaultStep {
  name: string;
  run(context: FaultContext): Promise<FaultResult>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** (a) A subgraph instance dies without warning (SIGKILL, as the OOM killer would) and is restarted. */
export const subgraphKilled: FaultStep = {
  name: '(a) subgraph SIGKILL + restart',
  async run({ stack, now, log, settings }) {
    const name = settings.killedSubgraph;
    const injectedMs = now();
    log(`(a) SIGKILL to ${name} (pid ${stack.pid(name)}), then restarting it …`);
    await stack.killService(name);
    const restartMs = now();
    await stack.startService(name);
    const liftedMs = now();
    log(`(a) ${name} ready again after ${seconds(liftedMs - injectedMs)}`);
    return {
      injectedMs,
      liftedMs,
      notes: [`${name} killed; restarted at once, ready ${seconds(liftedMs - restartMs)} after its restart`],
    };
  },
};

/** (b) Redis (the router's rate-limit store) stopped, then started again empty. */
export const redisStopped: FaultStep = {
  name: '(b) Redis stopped',
  async run({ redis, now, log, settings }) {
    const injectedMs = now();
    log(`(b) stopping Redis for ${seconds(settings.redisDownMs)} …`);
    await redis.stop();
    await sleep(settings.redisDownMs);
    await redis.start();
    const liftedMs = now();
    log(`(b) Redis answers again (down ${seconds(liftedMs - injectedMs)})`);
    return { injectedMs, liftedMs, notes: [`Redis down ${seconds(liftedMs - injectedMs)}, back empty`] };
  },
};

/**
 * (c) PostgreSQL stopped (fast shutdown: every connection cut) and started again. It stays down
 * until auth and packing both report not ready — readiness must say so — and at least the
 * configured time.
 */
export const postgresRestarted: FaultStep = {
  name: '(c) PostgreSQL restart',
  async run({ postgres, readiness, now, log, settings }) {
    const injectedMs = now();
    log('(c) stopping PostgreSQL …');
    await postgres.stop();
    await Promise.all([
      sleep(settings.postgresDownMs),
      readiness.waitFor(['auth', 'packing'], false, settings.readinessTimeoutMs),
    ]);
    await postgres.start();
    const liftedMs = now();
    log(`(c) PostgreSQL accepts connections again (down ${seconds(liftedMs - injectedMs)})`);
    return { injectedMs, liftedMs, notes: [`PostgreSQL down ${seconds(liftedMs - injectedMs)}`] };
  },
};

const DELETE_ACCOUNT = 'mutation FaultDeleteAccount { deleteAccount(input: {}) }';

/**
 * (d) The lifecycle consumer that removes a deleted account's gear (packing's) is down while
 * accounts are deleted: the deletions are acknowledged by auth, packing's rows stay while it is
 * down, and once it is back they go.
 */
export const consumerDown: FaultStep = {
  name: '(d) consumer down during deletions',
  async run({ stack, client, ledger, outcomes, doomed, now, log, settings }) {
    const injectedMs = now();
    log(`(d) stopping packing (its lifecycle consumer) and deleting ${doomed.length} accounts …`);
    await stack.stopService('packing');
    const acknowledged: string[] = [];
    for (const account of doomed) {
      const { outcome, data } = await client.post('deleteAccount', account.authorization, DELETE_ACCOUNT);
      outcomes.push(outcome);
      if (outcome.ok && data?.['deleteAccount'] === true) {
        ledger.accountDeleted(account.userId);
        acknowledged.push(account.userId);
      }
    }
    await sleep(settings.consumerDownMs);
    // The consumer is down, so nothing of the deleted accounts may have gone from packing yet.
    const completedEarly =
      acknowledged.length - (await waitForDeletions(stack.databaseUrl, acknowledged, 0)).length;
    await stack.startService('packing');
    const liftedMs = now();
    log(`(d) packing back after ${seconds(liftedMs - injectedMs)}; waiting for the deletions …`);
    const left = await waitForDeletions(stack.databaseUrl, acknowledged, settings.readinessTimeoutMs);
    const doneMs = now();
    const notes = [
      `${acknowledged.length} of ${doomed.length} deletions acknowledged while packing was down`,
      `${completedEarly} of them complete before packing came back (must be 0)`,
      left.length === 0
        ? `all completed ${seconds(doneMs - liftedMs)} after packing was back`
        : `${left.length} still incomplete ${seconds(doneMs - liftedMs)} after packing was back`,
    ];
    log(`(d) ${notes.at(-1)}`);
    return {
      injectedMs,
      liftedMs,
      notes,
      deletions: {
        acknowledged: acknowledged.length,
        completedWhileConsumerDown: completedEarly,
        incomplete: left.length,
        completedAfterMs: doneMs - liftedMs,
      },
    };
  },
};

export const FAULT_STEPS: readonly FaultStep[] = [
  subgraphKilled,
  redisStopped,
  postgresRestarted,
  consumerDown,
];
