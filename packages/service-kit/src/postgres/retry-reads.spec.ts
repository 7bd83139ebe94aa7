import { connect, createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPlainRead, retryReadsOnce } from './retry-reads.js';

/**
 * The real PostgreSQL on this machine behind a TCP proxy that can drop every open connection, as
 * a database restart does; the pool then holds connections that fail on their next query.
 */
class DroppingProxy {
  private readonly sockets = new Set<Socket>();
  private server: Server | undefined;
  port = 0;

  async start(target: { host: string; port: number }): Promise<void> {
    this.server = createServer((client) => {
      const upstream = connect(target.port, target.host);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('close', () => this.sockets.delete(socket));
        socket.on('error', () => undefined);
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  dropAll(): void {
    for (const socket of this.sockets) socket.destroy();
  }

  async stop(): Promise<void> {
    this.dropAll();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }
}

const target = new URL(process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres');
const proxy = new DroppingProxy();
let pool: pg.Pool;
const retries: unknown[] = [];

beforeAll(async () => {
  await proxy.start({ host: target.hostname, port: Number(target.port || 5432) });
  const url = new URL(target);
  url.host = `127.0.0.1:${proxy.port}`;
  pool = retryReadsOnce(new pg.Pool({ connectionString: url.href, max: 1 }), {
    delayMs: 50,
    onRetry: (error) => retries.push(error),
  });
  pool.on('error', () => undefined);
});
afterAll(async () => {
  await pool?.end();
  await proxy.stop();
});

/** Drops every connection while `query` is in flight (as a database restart does) and returns its outcome. */
async function dropDuring<T>(query: Promise<T>): Promise<T> {
  const settled = query.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
  await new Promise((resolve) => setTimeout(resolve, 100));
  proxy.dropAll();
  const outcome = await settled;
  if ('error' in outcome) throw outcome.error;
  return outcome.value;
}

describe('retryReadsOnce (real PostgreSQL behind a proxy that drops connections)', () => {
  it('a plain SELECT cut off by a dropped connection is retried once on a fresh one', async () => {
    retries.length = 0;
    const result = await dropDuring(pool.query<{ answer: number }>('select pg_sleep(0.3), 42 as answer'));

    expect(result.rows[0]?.answer).toBe(42);
    expect(retries).toHaveLength(1);
  });

  it('a write is never retried: it fails for the caller, who gets SERVICE_UNAVAILABLE and may retry', async () => {
    retries.length = 0;
    await expect(
      dropDuring(pool.query('create temporary table retried_write as select 1 as one from pg_sleep(0.3)')),
    ).rejects.toThrow();
    expect(retries).toEqual([]);
    await expect(pool.query('select 1 as ok')).resolves.toMatchObject({ rows: [{ ok: 1 }] });
  });
});

describe('isPlainRead', () => {
  it('is a SELECT without row locks', () => {
    expect(isPlainRead('SELECT "id" FROM "packing"."items" WHERE "id" = $1')).toBe(true);
    expect(isPlainRead({ text: '  select 1' })).toBe(true);
    expect(isPlainRead('select * from t for update')).toBe(false);
    expect(isPlainRead('select * from t FOR NO KEY UPDATE skip locked')).toBe(false);
    expect(isPlainRead('select * from t for share')).toBe(false);
    expect(isPlainRead('insert into t values (1)')).toBe(false);
    expect(isPlainRead('with gone as (delete from t returning 1) select count(*) from gone')).toBe(false);
  });
});
