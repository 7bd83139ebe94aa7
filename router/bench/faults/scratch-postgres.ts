/**
 * A PostgreSQL cluster of the fault benchmark's own (initdb + pg_ctl on a spare port), so stopping
 * and restarting it never touches the machine's shared server. PostgreSQL refuses to run as root:
 * every command runs as user `postgres` (`runuser -u postgres --` when this process is root) in a
 * temporary folder that user owns. The binaries come from Debian's versioned bin folder
 * (/usr/lib/postgresql/<version>/bin, the version from /etc/postgresql), or PG_BIN_DIR.
 */
import { execFile } from 'node:child_process';
import { chown, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort } from '../bench-support.js';

const run = promisify(execFile);

export interface ScratchPostgres {
  /** Admin URL (user postgres, trust) of the cluster's `postgres` database. */
  adminUrl: string;
  port: number;
  /** The cluster's folder; its server log is `server.log` in it. */
  dataDir: string;
  /** `pg_ctl stop -m fast`: open connections are cut, as in a restart or a crash of the server. */
  stop(): Promise<void>;
  /** Starts the stopped cluster again on the same port; resolves once it accepts connections. */
  start(): Promise<void>;
  /** Stops the cluster (if running) and removes its folder. */
  remove(): Promise<void>;
}

async function binDir(): Promise<string> {
  const configured = process.env['PG_BIN_DIR'];
  if (configured) return configured;
  const versions = await readdir('/etc/postgresql').catch(() => [] as string[]);
  const version = versions.sort().at(-1);
  if (!version)
    throw new Error(
      'no PostgreSQL server binaries: /etc/postgresql is empty; set PG_BIN_DIR to their folder',
    );
  return `/usr/lib/postgresql/${version}/bin`;
}

/** Runs a PostgreSQL binary as user postgres. */
async function asPostgres(binary: string, args: string[]): Promise<void> {
  const root = userInfo().uid === 0;
  const [command, commandArgs] = root
    ? ['runuser', ['-u', 'postgres', '--', binary, ...args]]
    : [binary, args];
  await run(command, commandArgs, { timeout: 120_000 });
}

/** initdb a new cluster in a temporary folder and start it on a free port of 127.0.0.1. */
export async function startScratchPostgres(): Promise<ScratchPostgres> {
  const bin = await binDir();
  const dataDir = await mkdtemp(join(tmpdir(), 'pyb-faults-pg-'));
  if (userInfo().uid === 0) {
    const { uid, gid } = await postgresUser();
    await chown(dataDir, uid, gid);
  }
  const port = await freePort();
  const pgCtl = join(bin, 'pg_ctl');
  // Unix sockets in the cluster's own folder: the shared server's /var/run/postgresql stays untouched.
  const serverOptions = `-p ${port} -k ${dataDir} -c listen_addresses=127.0.0.1 -c fsync=off`;
  const start = () =>
    asPostgres(pgCtl, ['-D', dataDir, '-o', serverOptions, '-l', join(dataDir, 'server.log'), '-w', 'start']);
  const stop = () => asPostgres(pgCtl, ['-D', dataDir, '-m', 'fast', '-w', 'stop']);
  await asPostgres(join(bin, 'initdb'), ['-D', dataDir, '-A', 'trust', '-U', 'postgres', '--no-sync']);
  await start();
  let running = true;
  return {
    adminUrl: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    dataDir,
    async stop() {
      await stop();
      running = false;
    },
    async start() {
      await start();
      running = true;
    },
    async remove() {
      if (running) await stop().catch(() => undefined);
      running = false;
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

async function postgresUser(): Promise<{ uid: number; gid: number }> {
  const { stdout } = await run('id', ['-u', 'postgres']);
  const { stdout: group } = await run('id', ['-g', 'postgres']);
  return { uid: Number(stdout.trim()), gid: Number(group.trim()) };
}
