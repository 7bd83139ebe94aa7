import { execFile } from 'node:child_process';
import { chown, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort } from '../processes/free-port.js';

const run = promisify(execFile);

export interface ScratchCluster {
  /** Port the cluster listens on (127.0.0.1 only). */
  port: number;
  /** Superuser URL of its `postgres` database (trust authentication). */
  url: string;
  /** Data directory (owned by the `postgres` user when started as root). */
  dataDir: string;
  /** Folder of the server binaries used (`pg_ctl`, `initdb`, `pg_dump` of the same version). */
  binDir: string;
  /** `pg_ctl stop -m fast`: open connections are cut, as in a restart or a crash of the server. */
  stop(): Promise<void>;
  /** Starts the stopped cluster again on the same port; resolves once it accepts connections. */
  start(): Promise<void>;
  /** Stops the server (if running) and deletes its directory. Safe to call twice. */
  destroy(): Promise<void>;
}

export interface ScratchClusterOptions {
  /** @default a free port */
  port?: number;
  /** @default the newest version under /usr/lib/postgresql */
  binDir?: string;
  /** @default console.log */
  log?: (line: string) => void;
}

/** The newest PostgreSQL server binaries Debian installed (`/usr/lib/postgresql/<version>/bin`). */
export async function postgresBinDir(root = '/usr/lib/postgresql'): Promise<string> {
  const versions = (await readdir(root)).filter((name) => /^\d+$/.test(name));
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0];
  if (!newest) throw new Error(`No PostgreSQL server binaries under ${root} (install postgresql)`);
  return join(root, newest, 'bin');
}

/**
 * A PostgreSQL cluster of its own on a spare port, in a temporary directory: for tests that stop,
 * restart or replace a server without touching the machine's shared one. `initdb` refuses to run as
 * root, so as root the directory is handed to `postgres` and the binaries run through `runuser`.
 */
export async function startScratchCluster(options: ScratchClusterOptions = {}): Promise<ScratchCluster> {
  const log = options.log ?? console.log;
  const binDir = options.binDir ?? (await postgresBinDir());
  const port = options.port ?? (await freePort());
  const dataDir = await mkdtemp(join(tmpdir(), 'pyb-cluster-'));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const { stdout } = await run('id', ['-u', 'postgres']);
    const { stdout: group } = await run('id', ['-g', 'postgres']);
    await chown(dataDir, Number(stdout.trim()), Number(group.trim()));
  }
  const pg = (tool: string, args: string[]) =>
    asRoot
      ? run('runuser', ['-u', 'postgres', '--', join(binDir, tool), ...args])
      : run(join(binDir, tool), args);

  // Unix socket in the data directory (the system's socket folder may not be writable); no fsync:
  // a scratch cluster's durability does not matter and a busy machine's disk is slow.
  const serverOptions = `-p ${port} -k ${dataDir} -c listen_addresses=127.0.0.1 -c fsync=off`;
  const logFile = join(dataDir, 'server.log');
  const start = () =>
    pg('pg_ctl', ['-D', dataDir, '-o', serverOptions, '-l', logFile, '-w', '-t', '120', 'start']);
  const stop = () => pg('pg_ctl', ['-D', dataDir, '-m', 'fast', '-w', '-t', '120', 'stop']);
  let destroying: Promise<void> | undefined;
  const destroy = () => {
    destroying ??= (async () => {
      await stop().catch(() => undefined); // already stopped
      await rm(dataDir, { recursive: true, force: true });
    })();
    return destroying;
  };
  try {
    log(`scratch PostgreSQL: initdb in ${dataDir}`);
    await pg('initdb', ['-D', dataDir, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8']);
    await start();
    log(`scratch PostgreSQL: listening on 127.0.0.1:${port}`);
  } catch (error) {
    await destroy();
    throw error;
  }
  return {
    port,
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    dataDir,
    binDir,
    stop: async () => {
      await stop();
    },
    start: async () => {
      await start();
    },
    destroy,
  };
}
