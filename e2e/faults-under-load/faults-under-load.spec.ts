import {
  FAULT_BENCH_SERVICES,
  OUTAGE_CODE,
  parseMix,
  printFaultReport,
  runFaultBench,
  type FaultBenchResult,
} from '@packyourbag/router/bench/faults';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

// `npm run bench:faults`, shorter (decision 1400): its own scratch PostgreSQL cluster and Redis, its
// own stack on them, the many-user workload through the router while (a) packing is killed with
// SIGKILL and restarted, (b) Redis is stopped, (c) PostgreSQL is stopped and started again, (d)
// packing's lifecycle consumer is down while accounts are deleted. Each fault waits for conditions
// (a service ready, readiness gone false), never for a guessed time; the figures are not asserted.
let result: FaultBenchResult;
const show = process.env.E2E_SHOW_LOGS === '1' ? (line: string) => console.log(line) : () => undefined;

beforeAll(async () => {
  result = await runFaultBench(
    {
      users: 8,
      clients: 4,
      mix: parseMix('70,20,10'),
      createShare: 0.15,
      deletions: 2,
      quietStartMs: 1000,
      settleMs: 1000,
      redisDownMs: 2000,
      postgresDownMs: 1000,
      consumerDownMs: 1000,
      killedSubgraph: 'packing',
      readinessTimeoutMs: 90_000,
      subgraphTimeoutMs: 10_000,
      // Generous for a loaded machine: an answer later than this is a hang, which must not happen.
      requestTimeoutMs: 45_000,
      nodeEnv: 'test',
      logLevel: 'warn',
      log: show,
    },
    // The services' logs stay for a look after a failure (test-output is not committed).
    fileURLToPath(new URL('../../test-output/faults-under-load', import.meta.url)),
  );
  printFaultReport(result, show);
}, 400_000);

const window = (prefix: string) => {
  const found = result.windows.find((candidate) => candidate.name.startsWith(prefix));
  if (!found) throw new Error(`no window ${prefix} in ${result.windows.map((w) => w.name).join(', ')}`);
  return found;
};

describe('faults under load', () => {
  it('loses no acknowledged write: items created, check-offs, account deletions', () => {
    expect(result.writes.itemsCreated).toBeGreaterThan(0);
    expect(result.writes.checkOffsAcknowledged).toBeGreaterThan(0);
    expect(result.writes.checklistEntriesJudged).toBeGreaterThan(0);
    expect(result.writes.accountsDeleted).toBe(2);
    expect(result.writes.lost).toEqual([]);
  });

  it('answers every request, none hangs past the timeout', () => {
    expect(result.requests).toBeGreaterThan(0);
    expect(result.hung).toBe(0);
  });

  it('fails a request only with SERVICE_UNAVAILABLE, as HTTP 503 with Retry-After, in every fault', () => {
    for (const summary of result.windows) {
      expect({ window: summary.name, codes: Object.keys(summary.errorsByCode) }).toEqual({
        window: summary.name,
        codes: Object.keys(summary.errorsByCode).filter((code) => code === OUTAGE_CODE),
      });
      expect(summary.disallowed).toEqual({});
      expect(summary.unavailableWithout503).toBe(0);
    }
    // The faults were felt: with packing or the database gone, requests did fail (cleanly).
    for (const prefix of ['(a)', '(c)', '(d)'])
      expect(window(prefix).errorsByCode[OUTAGE_CODE]).toBeGreaterThan(0);
  });

  it('keeps readiness truthful: auth and packing not ready while PostgreSQL is down, everything ready after', () => {
    expect(window('(c)').notReadyMs['auth']).toBeGreaterThan(0);
    expect(window('(c)').notReadyMs['packing']).toBeGreaterThan(0);
    expect(window('(a)').notReadyMs['packing']).toBeGreaterThan(0);
    expect(result.readyAtEnd).toEqual(Object.fromEntries(FAULT_BENCH_SERVICES.map((name) => [name, true])));
  });

  it('serves through a Redis outage: the rate limit fails open, nobody is refused, the router stays ready', () => {
    expect(window('(b)').errorsByCode).toEqual({});
    expect(window('(b)').notReadyMs['router']).toBe(0);
  });

  it('completes the deletions once the consumer is back, none while it was down', () => {
    expect(result.deletions).toMatchObject({ acknowledged: 2, completedWhileConsumerDown: 0, incomplete: 0 });
  });

  it('logs a store outage as an outage, not as an unexpected error', () => {
    const messages = Object.keys(
      window('(c)').operator.logs.find((view) => view.service === 'auth')!.messages,
    );
    expect(messages.filter((message) => message.startsWith('outage: '))).not.toEqual([]);
    expect(messages).not.toContain('unexpected error in a resolver');
  });
});
