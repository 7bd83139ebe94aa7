/** pino's level for warn: lines at or above it are shown while the stack is still starting. */
const WARN = 40;

/**
 * Whether a service's output line reaches the terminal before the whole stack is ready. A cold
 * start prints one status line per service; its routine chatter (banners, "listening", the
 * development profile) goes to the service's log file only. Warnings and errors always show.
 */
export function shownWhileStarting(line: string): boolean {
  if (!line.startsWith('{')) return false;
  try {
    const record: unknown = JSON.parse(line);
    const level = record && typeof record === 'object' ? (record as { level?: unknown }).level : undefined;
    return typeof level === 'number' && level >= WARN;
  } catch {
    return false;
  }
}
