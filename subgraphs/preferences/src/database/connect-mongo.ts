import mongoose, { type Connection } from 'mongoose';

/**
 * One connection per process. `autoIndex` builds the unique index on userId at start-up, which
 * is what keeps one document per user under concurrent first writes.
 */
export async function connectMongo(url: string): Promise<Connection> {
  const connection = mongoose.createConnection(url, {
    autoIndex: true,
    serverSelectionTimeoutMS: 5000,
    maxPoolSize: 10,
  });
  await connection.asPromise();
  return connection;
}
