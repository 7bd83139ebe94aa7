import { describe, expect, it } from 'vitest';
import { cpuTicksOf } from './process-cpu.js';

// Field 14 (utime) is 1234 and field 15 (stime) 56; the fields after them hold other figures.
const STAT =
  '4242 (node) S 1 4242 4242 0 -1 4194560 25831 0 0 0 1234 56 0 0 20 0 11 0 123456 1234567890 45678 18446744073709551615';

describe('CPU time from /proc/<pid>/stat', () => {
  it('adds user and system time, in clock ticks', () => {
    expect(cpuTicksOf(STAT)).toBe(1290);
  });

  it('counts fields from the last parenthesis, so a command name with spaces or ")" does not shift them', () => {
    expect(cpuTicksOf(STAT.replace('(node)', '(node main) x)'))).toBe(1290);
  });

  it('refuses text that is not a stat line', () => {
    expect(() => cpuTicksOf('no parentheses here')).toThrow(/stat/);
    expect(() => cpuTicksOf('1 (node) S 1')).toThrow(/utime/);
  });
});
