#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { startMongoStandin } from './server.js';

/** `mongo-standin [--host 127.0.0.1] [--port 27018] [--database test]`: prints the URL on stdout. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      host: { type: 'string', default: '127.0.0.1' },
      port: { type: 'string', default: '27018' },
      database: { type: 'string', default: 'test' },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port must be an integer between 0 and 65535, got '${values.port}'`);
  }
  const standin = await startMongoStandin({ host: values.host, port, database: values.database });
  process.stdout.write(`${standin.url}\n`);
  const stop = (): void => {
    standin.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`mongo-standin: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
