import type { FuzzFailure, FuzzResult } from './fuzz-run.js';

/** Options of a run, as read from the environment (scenario) or flags (npm run fuzz). */
export interface ReplayOption {
  field: string;
  fieldSeed: number;
  path: string;
}

/** `createItem:-123456:7` → the case to replay. */
export function parseReplay(text: string): ReplayOption {
  const [field, fieldSeed, ...path] = text.split(':');
  if (!field || fieldSeed === undefined || path.length === 0 || !Number.isInteger(Number(fieldSeed))) {
    throw new Error(`replay must be field:fieldSeed:path (as printed with a failure), got "${text}"`);
  }
  return { field, fieldSeed: Number(fieldSeed), path: path.join(':') };
}

export function describeFailure(failure: FuzzFailure): string {
  return [
    `${failure.field} as ${failure.principal} — replay: ${failure.replay}`,
    ...failure.violations.map((violation) => `  • ${violation}`),
    ...(failure.query
      ? [`  query: ${failure.query}`, `  variables: ${failure.variables}`, `  answer: ${failure.answer}`]
      : []),
  ].join('\n');
}

/** The closing lines: seed, cases tried, failures, and the outcome per field. */
export function summaryLines(result: FuzzResult, verbose: boolean): string[] {
  const lines = [
    `hostile-input fuzz: seed ${result.seed}, ${result.casesTried} cases tried over ` +
      `${Object.keys(result.byField).length} root fields in ${result.seconds.toFixed(1)} s, ` +
      `${result.failures.length} failing, ${result.ownersUsed} owner account(s)`,
  ];
  const { requests, snapshots, upkeep } = result.milliseconds;
  lines.push(
    `  time: requests ${(requests / 1000).toFixed(1)} s, snapshots ${(snapshots / 1000).toFixed(1)} s, upkeep ${(upkeep / 1000).toFixed(1)} s`,
  );
  if (verbose) {
    for (const [field, tally] of Object.entries(result.byField)) {
      const codes = Object.entries(tally.codes)
        .sort(([, a], [, b]) => b - a)
        .map(([code, count]) => `${code} ${count}`)
        .join(', ');
      lines.push(
        `  ${field.padEnd(28)} ${String(tally.cases).padStart(5)} cases, ${tally.accepted} accepted; ${codes}`,
      );
    }
  }
  return lines;
}
