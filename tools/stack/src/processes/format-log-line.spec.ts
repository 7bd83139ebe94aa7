import { describe, expect, it } from 'vitest';
import { formatLogLine } from './format-log-line.js';

const pinoLine = JSON.stringify({ level: 40, time: 1, pid: 7, hostname: 'h', msg: 'slow query', ms: 812 });

describe('formatLogLine', () => {
  it('prefixes plain lines with the service name', () => {
    expect(formatLogLine('web', 'ready on :3000', 'pretty')).toBe('web         | ready on :3000');
  });

  it('shows a pino record as level, message and the fields that matter', () => {
    expect(formatLogLine('packing', pinoLine, 'pretty')).toBe('packing     | WARN  slow query {"ms":812}');
  });

  it('keeps JSON machine-readable in json mode, adding the service', () => {
    expect(JSON.parse(formatLogLine('packing', pinoLine, 'json'))).toMatchObject({
      service: 'packing',
      level: 40,
      ms: 812,
    });
    expect(JSON.parse(formatLogLine('web', 'plain', 'json'))).toEqual({ service: 'web', msg: 'plain' });
  });
});
