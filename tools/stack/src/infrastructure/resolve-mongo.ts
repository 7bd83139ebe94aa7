import { randomBytes } from 'node:crypto';
import { MongoClient } from 'mongodb';
import { nothingToStop, redactUrl, type StoreChoice } from './choice.js';
import { tryStartMemoryServer } from './memory-server.js';
import { probeMongo } from './probe-mongo.js';

export interface ResolveMongoOptions {
  /** MONGODB_URL; used as given when set. */
  configuredUrl?: string;
  /**
   * Where to look for a server on this machine.
   * @default 'mongodb://127.0.0.1:27017'
   */
  localUrl?: string;
  /**
   * Database name appended to URLs this resolver builds (local server, memory server, stand-in).
   * @default 'packyourbag'
   */
  database?: string;
  /**
   * Use a new database for this run (tests): `pyb_test_<random>` on a real server, dropped by
   * `stop()`; the stand-in and the memory server start empty anyway.
   * @default false
   */
  scratch?: boolean;
  /**
   * Port for the stand-in; 0 picks a free one.
   * @default 27018
   */
  standinPort?: number;
  /** Skip MONGODB_URL and the local server. @default false */
  embeddedOnly?: boolean;
  /**
   * Try mongodb-memory-server before the stand-in (only if installed with its binary present).
   * @default true
   */
  tryMemoryServer?: boolean;
}

export const STANDIN_NOTICE =
  'MongoDB: using the DEVELOPMENT STAND-IN (tools/mongo-standin), not a real MongoDB. It serves plain CRUD ' +
  'only: no transactions, no arrayFilters, no $text. Set MONGODB_URL to use a real server.';

/**
 * MONGODB_URL if set, else a local server if it answers, else mongodb-memory-server if installed
 * with its binary, else the wire-protocol stand-in (a development tool, announced loudly).
 */
export async function resolveMongo(options: ResolveMongoOptions = {}): Promise<StoreChoice> {
  const server = options.embeddedOnly ? undefined : await resolveMongoServer(options);
  if (server) return server;
  const database = options.database ?? 'packyourbag';
  const localUrl = options.localUrl ?? 'mongodb://127.0.0.1:27017';

  if (options.tryMemoryServer ?? true) {
    const memory = await tryStartMemoryServer();
    if ('url' in memory) {
      const url = withMongoDatabase(memory.url, database);
      return { source: 'memory server', url, description: `mongodb-memory-server ${url}`, stop: memory.stop };
    }
  }

  const { startMongoStandin } = await import('@packyourbag/mongo-standin');
  const standin = await startMongoStandin({ host: '127.0.0.1', port: options.standinPort ?? 27018 });
  const url = withMongoDatabase(standin.url, database);
  return {
    source: 'stand-in',
    url,
    description: `DEVELOPMENT STAND-IN ${url} (no MongoDB answered at ${localUrl})`,
    stop: () => standin.close(),
  };
}

/** A real server only: MONGODB_URL if set, else a local server if one answers, else undefined. */
export async function resolveMongoServer(
  options: ResolveMongoOptions = {},
): Promise<StoreChoice | undefined> {
  const database = options.database ?? 'packyourbag';
  if (options.configuredUrl && options.scratch) return scratchOn('environment', options.configuredUrl);
  if (options.configuredUrl) {
    return {
      source: 'environment',
      url: options.configuredUrl,
      description: `MONGODB_URL ${redactUrl(options.configuredUrl)}`,
      stop: nothingToStop,
    };
  }
  const localUrl = options.localUrl ?? 'mongodb://127.0.0.1:27017';
  const probe = await probeMongo(localUrl);
  if (!probe.ok) return undefined;
  if (options.scratch) return scratchOn('local server', localUrl);
  const url = withMongoDatabase(localUrl, database);
  return { source: 'local server', url, description: `local server ${url}`, stop: nothingToStop };
}

/** A database of its own on a real server, dropped on stop. */
function scratchOn(source: 'environment' | 'local server', serverUrl: string): StoreChoice {
  const name = `pyb_test_${randomBytes(6).toString('hex')}`;
  const url = withMongoDatabase(serverUrl, name);
  return {
    source,
    url,
    description: `scratch database ${name} on ${redactUrl(serverUrl)}, dropped on stop`,
    async stop() {
      const client = new MongoClient(url, { serverSelectionTimeoutMS: 5_000 });
      try {
        await client.connect();
        await client.db(name).dropDatabase();
      } finally {
        await client.close();
      }
    },
  };
}

/** The same server URL with `database` as its path, keeping options such as `?replicaSet=`. */
export function withMongoDatabase(url: string, database: string): string {
  const match = /^(mongodb(?:\+srv)?:\/\/[^/?]+)(\/[^?]*)?(\?.*)?$/.exec(url);
  if (!match) throw new Error(`Not a MongoDB URL: ${redactUrl(url)}`);
  return `${match[1]}/${database}${match[3] ?? ''}`;
}
