import { AsyncLocalStorage } from 'node:async_hooks';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { retryReadsOnce } from '@packyourbag/service-kit/postgres';
import pg from 'pg';

/** SQL statements sent on behalf of one HTTP request. */
export interface StatementTally {
  count: number;
}

const tallies = new AsyncLocalStorage<StatementTally>();

/** The response header carrying the tally when the subgraph runs with NODE_ENV=test. */
export const STATEMENT_COUNT_HEADER = 'x-sql-statements';

/**
 * A pg.Pool whose clients add one to the current request's tally for every statement (BEGIN and
 * COMMIT included). The tally follows the request through async calls (AsyncLocalStorage); a query
 * that waited for a free connection of a saturated pool may be counted on the request that
 * released it, so use the figures from unsaturated runs (tests, one-at-a-time bench probes).
 */
export function createCountingPool(config: pg.PoolConfig): pg.Pool {
  // Plain reads are retried once across a database restart (service-kit's retry-reads.ts).
  const pool = retryReadsOnce(new pg.Pool(config));
  // Without a listener, an idle connection's error (database restart) would crash the process;
  // the pool drops that connection and opens another on the next query.
  pool.on('error', () => undefined);
  pool.on('connect', (client) => {
    const original = client.query.bind(client) as (...args: unknown[]) => unknown;
    Object.assign(client, {
      query: (...args: unknown[]) => {
        const tally = tallies.getStore();
        if (tally) tally.count += 1;
        return original(...args);
      },
    });
  });
  return pool;
}

/**
 * HTTP middleware (startSubgraph's `httpMiddleware`, so it also wraps the GraphQL fast path):
 * counts the statements each request causes and returns the count in the `x-sql-statements`
 * header. Installed only when the count is exposed (the N+1 test and the benchmark).
 */
export function statementTallyMiddleware() {
  return (_request: IncomingMessage, response: ServerResponse, next: () => void): void => {
    const tally: StatementTally = { count: 0 };
    const writeHead = response.writeHead.bind(response) as (...args: unknown[]) => ServerResponse;
    Object.assign(response, {
      writeHead: (...args: unknown[]) => {
        if (!response.headersSent) response.setHeader(STATEMENT_COUNT_HEADER, String(tally.count));
        return writeHead(...args);
      },
    });
    tallies.run(tally, next);
  };
}
