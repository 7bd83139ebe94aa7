/** CPU time of a process from /proc/<pid>/stat: what each gateway and subgraph spends per request. */
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';

/**
 * User plus system time, in clock ticks, from the text of /proc/<pid>/stat. The command name (field
 * 2) is in parentheses and may hold spaces or parentheses itself, so fields are counted from the
 * last `)`: utime and stime are fields 14 and 15 of the line.
 */
export function cpuTicksOf(stat: string): number {
  const close = stat.lastIndexOf(')');
  if (close < 0) throw new Error(`not a /proc/<pid>/stat line: "${stat.slice(0, 80)}"`);
  const fields = stat
    .slice(close + 1)
    .trim()
    .split(/\s+/);
  // fields[0] is field 3 (state), so field n is fields[n - 3].
  const utime = Number(fields[14 - 3]);
  const stime = Number(fields[15 - 3]);
  if (!Number.isInteger(utime) || !Number.isInteger(stime))
    throw new Error(`no utime/stime in /proc/<pid>/stat: "${stat.slice(0, 80)}"`);
  return utime + stime;
}

/** Clock ticks per second (USER_HZ): 100 on every Linux this runs on, asked for all the same. */
function clockTicksPerSecond(): number {
  try {
    const ticks = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());
    return Number.isInteger(ticks) && ticks > 0 ? ticks : 100;
  } catch {
    return 100;
  }
}

let ticksPerSecond: number | undefined;

/** The process's CPU time so far (user + system), in milliseconds, at tick resolution (10 ms). */
export async function cpuMsOf(pid: number): Promise<number> {
  ticksPerSecond ??= clockTicksPerSecond();
  return (cpuTicksOf(await readFile(`/proc/${pid}/stat`, 'utf8')) * 1000) / ticksPerSecond;
}
