import { describe, expect, it } from 'vitest';
import { planRetention, type BackupEntry } from './plan-retention.js';

const now = new Date('2026-12-06T12:00:00Z');
const daysAgo = (days: number, complete = true): BackupEntry => ({
  id: `d${days}`,
  takenAt: new Date(now.getTime() - days * 86_400_000),
  complete,
});
const ids = (entries: BackupEntry[]) => entries.map((entry) => entry.id);

describe('planRetention', () => {
  it('keeps complete backups younger than keepDays and prunes older ones', () => {
    const plan = planRetention(
      [daysAgo(1), daysAgo(5), daysAgo(15), daysAgo(40)],
      { keepDays: 14, keepAtLeast: 1 },
      now,
    );
    expect(ids(plan.keep)).toEqual(['d1', 'd5']);
    expect(ids(plan.prune)).toEqual(['d15', 'd40']);
  });

  it('keeps the newest keepAtLeast complete backups however old (a stopped schedule keeps its last backups)', () => {
    const plan = planRetention(
      [daysAgo(30), daysAgo(31), daysAgo(32), daysAgo(33)],
      { keepDays: 14, keepAtLeast: 2 },
      now,
    );
    expect(ids(plan.keep)).toEqual(['d30', 'd31']);
    expect(ids(plan.prune)).toEqual(['d32', 'd33']);
  });

  it('never counts an incomplete backup as one of the kept ones; prunes it after a day', () => {
    const plan = planRetention(
      [daysAgo(0.1, false), daysAgo(2, false), daysAgo(20), daysAgo(21)],
      { keepDays: 14, keepAtLeast: 1 },
      now,
    );
    expect(ids(plan.keep)).toEqual(['d0.1', 'd20']);
    expect(ids(plan.prune)).toEqual(['d2', 'd21']);
  });

  it('keepDays 0 keeps exactly keepAtLeast', () => {
    const plan = planRetention([daysAgo(0.5), daysAgo(1), daysAgo(2)], { keepDays: 0, keepAtLeast: 2 }, now);
    expect(ids(plan.keep)).toEqual(['d0.5', 'd1']);
    expect(ids(plan.prune)).toEqual(['d2']);
  });
});
