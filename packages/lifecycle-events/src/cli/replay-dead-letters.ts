import type { EventTransport } from '../transport/event-transport.js';

export interface ReplayOptions {
  transport: EventTransport;
  /** The consumer group (service) whose dead letters to replay. */
  service: string;
  /** Only this event; all of the service's dead letters when absent. */
  id?: string;
  /** List only, change nothing. @default false */
  dryRun?: boolean;
  print: (line: string) => void;
}

/**
 * Puts dead letters back in the queue with fresh attempts; the service's running consumer picks
 * them up on its next poll. Returns the replayed ids.
 */
export async function replayDeadLetters(options: ReplayOptions): Promise<string[]> {
  const { transport, service, id, print } = options;
  const dead = (await transport.deadLetters(service)).filter((letter) => !id || letter.event.id === id);
  print(`${dead.length} dead letter(s) for ${service}${id ? ` with id ${id}` : ''}:`);
  for (const letter of dead) {
    print(
      `  ${letter.event.id}  ${letter.event.type}  user ${letter.event.payload.userId}  ` +
        `${letter.attempts} attempt(s), last error: ${letter.lastError ?? '-'}`,
    );
  }
  if (options.dryRun || dead.length === 0) return [];
  const replayed = await transport.replay(service, id);
  print(`replayed ${replayed.length}; the ${service} consumer handles them on its next poll.`);
  return replayed;
}
