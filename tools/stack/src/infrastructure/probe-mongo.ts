import { MongoClient } from 'mongodb';
import type { ProbeResult } from './probe-postgres.js';

/** Whether a MongoDB server (or anything speaking its protocol) answers `hello` at `url`. */
export async function probeMongo(url: string, timeoutMs = 1500): Promise<ProbeResult> {
  const client = new MongoClient(url, {
    serverSelectionTimeoutMS: timeoutMs,
    connectTimeoutMS: timeoutMs,
    directConnection: true,
  });
  try {
    await client.connect();
    const hello = await client.db('admin').command({ hello: 1 });
    const version =
      typeof hello.maxWireVersion === 'number' ? `wire version ${hello.maxWireVersion}` : undefined;
    return { ok: true, detail: version };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  } finally {
    await client.close().catch(() => undefined);
  }
}
