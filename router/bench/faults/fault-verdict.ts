/** What makes a fault run fail: the promises of issue 18 the run checks, each as one sentence. */
import type { FaultBenchResult } from './run-fault-bench.js';

/** Every broken promise of `result`; empty when the run passed. */
export function faultRunFailures(result: FaultBenchResult): string[] {
  const failures: string[] = [];
  if (result.writes.lost.length > 0) failures.push(`${result.writes.lost.length} acknowledged writes lost`);
  if (result.hung > 0) failures.push(`${result.hung} requests hung past the timeout`);
  for (const window of result.windows) {
    const disallowed = Object.entries(window.disallowed);
    if (disallowed.length > 0)
      failures.push(`${window.name}: answered ${disallowed.map(([code, n]) => `${code} ×${n}`).join(', ')}`);
    if (window.unavailableWithout503 > 0)
      failures.push(
        `${window.name}: ${window.unavailableWithout503} SERVICE_UNAVAILABLE without 503 + Retry-After`,
      );
  }
  const postgres = result.windows.find((window) => window.name.startsWith('(c)'));
  for (const service of ['auth', 'packing'])
    if (postgres && !(postgres.notReadyMs[service]! > 0))
      failures.push(`${service} never reported not ready while PostgreSQL was down`);
  for (const [service, ready] of Object.entries(result.readyAtEnd))
    if (ready !== true) failures.push(`${service} not ready at the end`);
  if (result.deletions?.completedWhileConsumerDown)
    failures.push('deletions completed while the consumer was down');
  if (result.deletions?.incomplete) failures.push(`${result.deletions.incomplete} deletions never completed`);
  return failures;
}
