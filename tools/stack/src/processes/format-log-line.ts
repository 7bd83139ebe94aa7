/** How child output reaches the terminal. */
export type LogFormat = 'pretty' | 'json';

const LEVELS: Record<number, string> = {
  10: 'TRACE',
  20: 'DEBUG',
  30: 'INFO',
  40: 'WARN',
  50: 'ERROR',
  60: 'FATAL',
};

/**
 * One line of a child's output, marked with the service it came from. `json` keeps pino lines
 * machine-readable (adds `service`); `pretty` shows level, message and the remaining fields.
 */
export function formatLogLine(service: string, line: string, format: LogFormat, width = 12): string {
  const record = parseRecord(line);
  if (format === 'json') {
    return JSON.stringify(record ? { service, ...record } : { service, msg: line });
  }
  const prefix = `${service.padEnd(width)}|`;
  if (!record) return `${prefix} ${line}`;
  const { level, msg, time: _time, pid: _pid, hostname: _hostname, name: _name, ...rest } = record;
  const levelName = typeof level === 'number' ? (LEVELS[level] ?? String(level)) : String(level ?? '');
  const fields = Object.keys(rest).length ? ` ${JSON.stringify(rest)}` : '';
  return `${prefix} ${levelName.padEnd(5)} ${typeof msg === 'string' ? msg : ''}${fields}`;
}

function parseRecord(line: string): Record<string, unknown> | undefined {
  if (!line.startsWith('{')) return undefined;
  try {
    const parsed: unknown = JSON.parse(line);
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}
