export interface ScheduleTime {
  hour: number;
  minute: number;
}

/** The first of the daily UTC `times` strictly after `now`. */
export function nextRun(times: readonly ScheduleTime[], now: Date): Date {
  if (times.length === 0) throw new Error('nextRun: no times');
  const candidates = [0, 1].flatMap((dayOffset) =>
    times.map((time) =>
      Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + dayOffset, time.hour, time.minute),
    ),
  );
  const next = Math.min(...candidates.filter((candidate) => candidate > now.getTime()));
  return new Date(next);
}
