import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export interface EmbeddedPostgresOptions {
  /**
   * Where PGlite keeps its files; `undefined` keeps everything in memory (gone on stop).
   * @default undefined
   */
  dataDir?: string;
  /** @default '127.0.0.1' */
  host?: string;
  /**
   * TCP port for the wire protocol; 0 picks a free one.
   * @default 0
   */
  port?: number;
  /**
   * Concurrent client connections the socket server multiplexes onto PGlite's one session.
   * With the package default of 1, pooled clients (pg.Pool, Prisma) fail with ECONNRESET.
   * @default 20
   */
  maxConnections?: number;
}

export interface EmbeddedPostgres {
  /** Admin URL (user postgres, database postgres) clients connect with. */
  url: string;
  port: number;
  stop(): Promise<void>;
}

/**
 * PostgreSQL for machines without a server: PGlite (Postgres compiled to WebAssembly) in this
 * process, served over the wire protocol so `pg` and Prisma connect as to any server. It has one
 * real session, shared by every client: roles, `SET` and session state are not isolated.
 */
export async function startEmbeddedPostgres(
  options: EmbeddedPostgresOptions = {},
): Promise<EmbeddedPostgres> {
  const host = options.host ?? '127.0.0.1';
  if (options.dataDir) await mkdir(options.dataDir, { recursive: true });
  const db = await PGlite.create(options.dataDir ? { dataDir: options.dataDir } : {});
  const server = new PGLiteSocketServer({
    db,
    host,
    port: options.port ?? 0,
    maxConnections: options.maxConnections ?? 20,
  });
  try {
    await server.start();
  } catch (error) {
    await db.close();
    throw error;
  }
  const port = Number(server.getServerConn().split(':').pop());
  let stopping: Promise<void> | undefined;
  return {
    url: `postgres://postgres@${host}:${port}/postgres`,
    port,
    stop() {
      stopping ??= (async () => {
        await server.stop();
        await db.close();
      })();
      return stopping;
    },
  };
}
