import type { QueryResult, QueryResultRow } from 'pg';

/** What the queue needs from PostgreSQL: a `pg.Pool` or `pg.PoolClient` fits. */
export interface Queryable {
  query<Row extends QueryResultRow = QueryResultRow>(
    text: string,
    values?: unknown[],
  ): Promise<QueryResult<Row>>;
}

/** A pool that lends a client for a transaction (`pg.Pool`). */
export interface ConnectionPool extends Queryable {
  connect(): Promise<Queryable & { release(error?: Error | boolean): void }>;
}
