import type { QueryResult, QueryResultRow } from 'pg';

/** What the queue needs from PostgreSQL: a `pg.Pool` or `pg.PoolClient` fits. */
export interface Queryable {
  query<Row extends QueryResultRow = QueryResultRow>(
    text: string,
    values?: unknown[],
  ): Promise<QueryResult<Row>>;
}

/** A client lent for a transaction (`pg.PoolClient`): its connection's failure arrives as an `error` event. */
export interface LentClient extends Queryable {
  release(error?: Error | boolean): void;
  on(event: 'error', listener: (error: Error) => void): unknown;
  removeListener(event: 'error', listener: (error: Error) => void): unknown;
}

/** A pool that lends a client for a transaction (`pg.Pool`). */
export interface ConnectionPool extends Queryable {
  connect(): Promise<LentClient>;
}
