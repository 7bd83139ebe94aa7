import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userDeleted } from '../testing/events.js';
import { scratchEventsDatabase, type ScratchEventsDatabase } from '../testing/scratch-events-database.js';
import type { EventTransport } from '../transport/event-transport.js';
import { createPostgresTransport } from '../transport/postgres-transport.js';
import { replayDeadLetters } from './replay-dead-letters.js';

let database: ScratchEventsDatabase;
let transport: EventTransport;

beforeAll(async () => {
  database = await scratchEventsDatabase();
  transport = createPostgresTransport({ pool: database.pool });
});
afterAll(() => database?.release());

async function deadLetterFor(service: string) {
  await transport.subscribe(service, ['user.deleted']);
  const event = userDeleted();
  await transport.publish(event);
  await transport.claim(service, { limit: 10, leaseMs: 60_000 });
  await transport.deadLetter(service, event.id, 'handler failed');
  return event;
}

describe('replayDeadLetters', () => {
  it('lists without changing anything on a dry run, then replays only the given id', async () => {
    const service = `svc_${randomUUID().slice(0, 8)}`;
    const [a, b] = [await deadLetterFor(service), await deadLetterFor(service)];
    const lines: string[] = [];

    await expect(
      replayDeadLetters({ transport, service, dryRun: true, print: (l) => lines.push(l) }),
    ).resolves.toEqual([]);
    expect(lines[0]).toBe(`2 dead letter(s) for ${service}:`);
    expect(lines.join('\n')).toContain('handler failed');
    expect(await transport.deadLetters(service)).toHaveLength(2);

    await expect(
      replayDeadLetters({ transport, service, id: a.id, print: () => undefined }),
    ).resolves.toEqual([a.id]);
    expect((await transport.deadLetters(service)).map((letter) => letter.event.id)).toEqual([b.id]);
  });

  it('runs as `npm run events:replay` (the CLI) against EVENTS_DATABASE_URL', async () => {
    const service = `svc_${randomUUID().slice(0, 8)}`;
    const event = await deadLetterFor(service);
    const cli = join(__dirname, 'replay.ts');

    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--conditions=source', '--import', 'tsx', cli, '--service', service],
      { env: { ...process.env, EVENTS_DATABASE_URL: database.url } },
    );

    expect(stdout).toContain(event.id);
    expect(stdout).toContain('replayed 1');
    await expect(transport.deadLetters(service)).resolves.toEqual([]);
    const claimed = await transport.claim(service, { limit: 10, leaseMs: 60_000 });
    expect(claimed.map((delivery) => delivery.event.id)).toEqual([event.id]);
  });

  it('the CLI refuses missing arguments with exit code 2', async () => {
    const cli = join(__dirname, 'replay.ts');
    const run = promisify(execFile)(process.execPath, ['--conditions=source', '--import', 'tsx', cli], {
      env: { ...process.env, EVENTS_DATABASE_URL: database.url },
    });

    await expect(run).rejects.toMatchObject({ code: 2 });
  });
});
