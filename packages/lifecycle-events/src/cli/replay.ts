// npm run events:replay -- --service preferences [--id <event id>] [--dry-run]
// Reads EVENTS_DATABASE_URL (the queue's database). Exit code 2 on bad arguments.
import { parseArgs } from 'node:util';
import { createPostgresTransport } from '../transport/postgres-transport.js';
import { replayDeadLetters } from './replay-dead-letters.js';

const USAGE = 'usage: npm run events:replay -- --service <name> [--id <event id>] [--dry-run]';

async function main(): Promise<number> {
  let values: { service?: string; id?: string; 'dry-run'?: boolean };
  try {
    ({ values } = parseArgs({
      options: { service: { type: 'string' }, id: { type: 'string' }, 'dry-run': { type: 'boolean' } },
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const url = process.env['EVENTS_DATABASE_URL'];
  if (!values.service || !url) {
    console.error(
      `${values.service ? 'EVENTS_DATABASE_URL is not set.' : '--service is required.'}\n${USAGE}`,
    );
    return 2;
  }
  if (values.id && !/^[0-9a-f-]{36}$/i.test(values.id)) {
    console.error(`--id must be an event id (a UUID).\n${USAGE}`);
    return 2;
  }
  const transport = createPostgresTransport({ url, maxConnections: 1 });
  try {
    await replayDeadLetters({
      transport,
      service: values.service,
      id: values.id,
      dryRun: values['dry-run'] ?? false,
      print: (line) => console.log(line),
    });
    return 0;
  } finally {
    await transport.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
