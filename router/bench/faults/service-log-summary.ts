/**
 * What an operator reading the services' logs saw during a window: per service, the warn and
 * error lines (pino JSON: `level` label, ISO `time`) and the most frequent message among them.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface ServiceLogView {
  service: string;
  warn: number;
  error: number;
  /** Their messages, each with how often it was logged. */
  messages: Record<string, number>;
  /** The message seen most often among them, with its count. */
  commonest?: { msg: string; count: number };
}

interface LogLine {
  level?: unknown;
  time?: unknown;
  msg?: unknown;
}

/** Warn and error lines of `<logDir>/<service>.log` between two wall-clock times (epoch ms). */
export async function summariseServiceLog(
  logDir: string,
  service: string,
  fromEpochMs: number,
  toEpochMs: number,
): Promise<ServiceLogView> {
  const text = await readFile(join(logDir, `${service}.log`), 'utf8').catch(() => '');
  const counts = { warn: 0, error: 0 };
  const messages = new Map<string, number>();
  for (const raw of text.split('\n')) {
    if (!raw.startsWith('{')) continue;
    let line: LogLine;
    try {
      line = JSON.parse(raw) as LogLine;
    } catch {
      continue;
    }
    const at = typeof line.time === 'string' ? Date.parse(line.time) : Number.NaN;
    if (!(at >= fromEpochMs && at < toEpochMs)) continue;
    const level = line.level === 'fatal' ? 'error' : line.level;
    if (level !== 'warn' && level !== 'error') continue;
    counts[level] += 1;
    const msg = typeof line.msg === 'string' ? line.msg : '(no message)';
    messages.set(msg, (messages.get(msg) ?? 0) + 1);
  }
  const [commonest] = [...messages].sort((a, b) => b[1] - a[1]);
  return {
    service,
    ...counts,
    messages: Object.fromEntries(messages),
    ...(commonest ? { commonest: { msg: commonest[0], count: commonest[1] } } : {}),
  };
}
