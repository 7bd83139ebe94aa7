import type { Logger } from 'pino';

/**
 * The one start-up line that says where a service listens, written even when LOG_LEVEL is above
 * info (the benches run at warn): operators look for it, and a stack that started the service on
 * PORT=0 learns the port the OS picked from it (decision 1480). A silent logger stays silent.
 */
export function announceListening(
  logger: Logger,
  fields: { url: string } & Record<string, unknown>,
  message = 'listening',
): void {
  const announcer =
    logger.isLevelEnabled('info') || logger.level === 'silent' ? logger : logger.child({}, { level: 'info' });
  announcer.info(fields, message);
}
