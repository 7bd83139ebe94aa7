import { describe, expect, it } from 'vitest';
import { packageOf, summariseCpuProfile, type CpuProfile } from './cpu-profile-summary.js';

const frame = (id: number, functionName: string, url: string) => ({
  id,
  callFrame: { functionName, url, lineNumber: 0 },
});

// Samples at 1000, 2000, 4000, 4500, 5000 µs; each stands for the time until the next one.
const PROFILE: CpuProfile = {
  nodes: [
    frame(1, '(root)', ''),
    frame(2, 'query', 'file:///repo/node_modules/pg/lib/client.js'),
    frame(3, 'compile', 'file:///repo/node_modules/@prisma/client/runtime/client.js'),
    frame(4, '(garbage collector)', ''),
  ],
  startTime: 0,
  endTime: 5000,
  samples: [2, 3, 3, 4, 2],
  timeDeltas: [1000, 1000, 2000, 500, 500],
};

describe('CPU profile summary', () => {
  it('names the package of a script, ours by workspace, Node by module, V8 by pseudo-frame', () => {
    expect(packageOf('file:///r/node_modules/pg/lib/client.js', 'query')).toBe('pg');
    expect(packageOf('file:///r/node_modules/@prisma/client/x.js', 'f')).toBe('@prisma/client');
    expect(packageOf('file:///r/node_modules/a/node_modules/@s/b/x.js', 'f')).toBe('@s/b');
    expect(packageOf('node:internal/streams/writable', 'write')).toBe('node:internal');
    expect(packageOf('file:///r/subgraphs/packing/dist/items/item.service.js', 'f')).toBe(
      'project:subgraphs/packing',
    );
    expect(packageOf('', '(garbage collector)')).toBe('(garbage collector)');
  });

  it('adds self time per package from the time each sample stands for', () => {
    const summary = summariseCpuProfile(PROFILE);
    expect(summary.totalMs).toBe(4);
    expect(summary.byPackage).toEqual([
      ['@prisma/client', 2.5],
      ['pg', 1],
      ['(garbage collector)', 0.5],
    ]);
  });

  it('counts only the samples inside the window', () => {
    const summary = summariseCpuProfile(PROFILE, { fromUs: 1500, toUs: 4500 });
    expect(summary.byPackage).toEqual([
      ['@prisma/client', 2.5],
      ['(garbage collector)', 0.5],
    ]);
  });
});
