/** A clock tests move by hand: due times and leases become deterministic. */
export interface ManualClock {
  (): Date;
  advance(ms: number): void;
}

export function manualClock(start = new Date('2026-11-21T12:00:00.000Z')): ManualClock {
  let now = start.getTime();
  const clock = (() => new Date(now)) as ManualClock;
  clock.advance = (ms) => {
    now += ms;
  };
  return clock;
}
