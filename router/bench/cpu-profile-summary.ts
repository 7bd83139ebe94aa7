/**
 * Where a `.cpuprofile` (written by `node --cpu-prof`) spent its time: self time by package and by
 * function, optionally only the samples inside a window of the monotonic clock (the profile's
 * timestamps and `process.hrtime` both count CLOCK_MONOTONIC microseconds, so a benchmark can cut
 * its measured window out of a profile that also holds start-up and seeding).
 */

/** The parts of V8's CPU profile format read here. */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  /** Microseconds, monotonic clock. */
  startTime: number;
  endTime: number;
  /** Node id of each sample. */
  samples: number[];
  /** Microseconds since the previous sample (the first: since startTime). */
  timeDeltas: number[];
}

export interface ProfileSummary {
  /** Sampled time inside the window, in milliseconds (idle included). */
  totalMs: number;
  /** Milliseconds of self time per package, most first. */
  byPackage: [string, number][];
  /** Milliseconds of self time per function (`name package/file:line`), most first. */
  byFunction: [string, number][];
}

/**
 * The package a script URL belongs to: `pg`, `@prisma/client`; `node:<module>` for Node's own
 * JavaScript; `project:<path under the repository>` for ours; a V8 pseudo-frame (`(garbage
 * collector)`, `(idle)`, `(program)`) names itself.
 */
export function packageOf(url: string, functionName: string): string {
  if (url === '') return functionName.startsWith('(') ? functionName : '(native)';
  const inModules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(
    url.slice(url.lastIndexOf('node_modules/') - 1),
  );
  if (url.includes('node_modules/') && inModules) return inModules[1]!;
  if (url.startsWith('node:')) return `node:${url.slice(5).split('/')[0]}`;
  const project = /\/(router|subgraphs\/[^/]+|packages\/[^/]+)\/(?:dist|src)\//.exec(url);
  return project ? `project:${project[1]}` : url;
}

const fileOf = (url: string) =>
  url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*?\/(router|subgraphs|packages)\//, '$1/');

/** Sums self time per package and per function over the samples within [fromUs, toUs] (all when omitted). */
export function summariseCpuProfile(
  profile: CpuProfile,
  window: { fromUs?: number; toUs?: number } = {},
): ProfileSummary {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const byPackage = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let at = profile.startTime;
  let totalUs = 0;
  for (let index = 0; index < profile.samples.length; index += 1) {
    const delta = profile.timeDeltas[index] ?? 0;
    at += delta;
    if (
      (window.fromUs !== undefined && at < window.fromUs) ||
      (window.toUs !== undefined && at > window.toUs)
    )
      continue;
    // A sample stands for the time until the next one.
    const spent = profile.timeDeltas[index + 1] ?? 0;
    const node = nodes.get(profile.samples[index]!);
    if (!node) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    const name = packageOf(url, functionName);
    const key = `${functionName || '(anonymous)'} ${fileOf(url)}:${lineNumber + 1}`;
    byPackage.set(name, (byPackage.get(name) ?? 0) + spent);
    byFunction.set(key, (byFunction.get(key) ?? 0) + spent);
    totalUs += spent;
  }
  const sorted = (map: Map<string, number>): [string, number][] =>
    [...map].map(([key, us]): [string, number] => [key, us / 1000]).sort((a, b) => b[1] - a[1]);
  return { totalMs: totalUs / 1000, byPackage: sorted(byPackage), byFunction: sorted(byFunction) };
}

/** The summary as lines: packages, then the hottest functions, each with ms per request when `requests` is given. */
export function formatProfileSummary(
  title: string,
  summary: ProfileSummary,
  options: { requests?: number; packages?: number; functions?: number } = {},
): string[] {
  const busyMs = summary.byPackage
    .filter(([name]) => name !== '(idle)' && name !== '(program)')
    .reduce((sum, [, ms]) => sum + ms, 0);
  const per = (ms: number) =>
    options.requests ? `${(ms / options.requests).toFixed(3).padStart(8)} ms/req` : '';
  const line = ([name, ms]: [string, number]) =>
    `  ${((ms / Math.max(summary.totalMs, 1e-9)) * 100).toFixed(1).padStart(5)}%${per(ms)}  ${name}`;
  return [
    `${title}: ${summary.totalMs.toFixed(0)} ms sampled, ${busyMs.toFixed(0)} ms busy${options.requests ? ` (${per(busyMs).trim()})` : ''}`,
    '  by package (self time):',
    ...summary.byPackage.slice(0, options.packages ?? 20).map(line),
    '  hottest functions (self time):',
    ...summary.byFunction.slice(0, options.functions ?? 25).map(line),
  ];
}
