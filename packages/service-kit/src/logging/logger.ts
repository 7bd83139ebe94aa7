import { pino, type Logger, type LevelWithSilent } from 'pino';

export type { Logger };

/** The header the router sets on every request and subgraphs echo into their logs. */
export const REQUEST_ID_HEADER = 'x-request-id';

/** JSON logs on stdout, one line per event, with the service name on every line. */
export function createLogger(service: string, level: LevelWithSilent = 'info'): Logger {
  return pino({
    name: service,
    level,
    base: { service },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
  });
}
