import { randomBytes } from 'node:crypto';
import { startMongoStandin, type RunningMongoStandin } from '@packyourbag/mongo-standin';
import type { Connection } from 'mongoose';
import { connectMongo } from '../database/connect-mongo.js';

export interface ScratchMongo {
  connection: Connection;
  /** Drops the database, closes the connection, stops the stand-in if one was started. */
  release(): Promise<void>;
}

/**
 * A database of its own for one spec file: on the real MongoDB when MONGODB_URL is set (hosted CI,
 * docker compose), else on the in-repo stand-in started here (tools/mongo-standin).
 */
export async function scratchMongo(env: NodeJS.ProcessEnv = process.env): Promise<ScratchMongo> {
  const configured = env['MONGODB_URL'];
  let standin: RunningMongoStandin | undefined;
  if (!configured) standin = await startMongoStandin({ logger: { info() {}, warn() {}, error() {} } });
  const url = new URL(configured ?? standin!.url);
  url.pathname = `/pyb_unit_${randomBytes(6).toString('hex')}`;
  const connection = await connectMongo(url.toString());
  return {
    connection,
    async release() {
      await connection.dropDatabase().catch(() => undefined);
      await connection.close();
      await standin?.close();
    },
  };
}
