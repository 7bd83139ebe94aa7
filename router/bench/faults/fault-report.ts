/** Prints a fault run's figures: totals, then per window what clients, readiness, logs and metrics saw. */
import type { FaultBenchResult } from './run-fault-bench.js';

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const counts = (record: Record<string, number>) =>
  Object.entries(record)
    .sort((a, b) => b[1] - a[1])
    .map(([key, value]) => `${key} ${value}`)
    .join(', ') || 'none';

export function printFaultReport(result: FaultBenchResult, print: (line: string) => void): void {
  const { writes } = result;
  const disallowed = result.windows.reduce((sum, window) => sum + Object.keys(window.disallowed).length, 0);
  const without503 = result.windows.reduce((sum, window) => sum + window.unavailableWithout503, 0);
  print('');
  print(`Fault run: ${seconds(result.durationMs)} of load; ${result.stores}`);
  print(`  requests                 ${result.requests}`);
  print(
    `  acknowledged writes      ${writes.itemsCreated + writes.checkOffsAcknowledged + writes.accountsDeleted}` +
      ` (${writes.itemsCreated} items created, ${writes.checkOffsAcknowledged} check-offs/unchecks, ${writes.accountsDeleted} account deletions)`,
  );
  print(
    `  lost writes              ${writes.lost.length} (must be 0; ${writes.checklistEntriesJudged} checklist entries judged, ` +
      `${writes.checklistEntriesUnknown} left unjudged: their last write failed or hung)`,
  );
  for (const lost of writes.lost.slice(0, 10)) print(`    LOST ${lost.kind}: ${lost.detail}`);
  print(`  hung past the timeout    ${result.hung} (must be 0)`);
  print(
    `  codes other than SERVICE_UNAVAILABLE: ${disallowed === 0 ? 'none' : 'SEE BELOW'}; SERVICE_UNAVAILABLE without 503 + Retry-After: ${without503}`,
  );
  if (result.deletions)
    print(
      `  deletions                ${result.deletions.acknowledged} acknowledged with the consumer down, ` +
        `${result.deletions.completedWhileConsumerDown} completed while it was down (must be 0), ` +
        (result.deletions.incomplete === 0
          ? `all completed ${seconds(result.deletions.completedAfterMs)} after it was back`
          : `${result.deletions.incomplete} NOT completed ${seconds(result.deletions.completedAfterMs)} after it was back`),
    );
  print(
    `  ready at the end         ${Object.entries(result.readyAtEnd)
      .map(([service, ready]) => `${service} ${ready ? 'yes' : 'NO'}`)
      .join(', ')}`,
  );
  for (const window of result.windows) {
    print('');
    print(
      `${window.name}: ${window.requests} requests, ${window.succeeded} ok` +
        (window.faultMs > 0 ? `; fault lasted ${seconds(window.faultMs)}` : ''),
    );
    for (const note of window.notes) print(`  ${note}`);
    print(`  clean errors by code     ${counts(window.errorsByCode)}`);
    if (Object.keys(window.disallowed).length > 0)
      print(`  NOT ALLOWED              ${counts(window.disallowed)}`);
    if (window.unavailableWithout503 > 0) print(`  NOT 503 + Retry-After    ${window.unavailableWithout503}`);
    print(`  hung                     ${window.hung}`);
    print(
      `  not ready                ${Object.entries(window.notReadyMs)
        .map(([service, ms]) => `${service} ${seconds(ms)}`)
        .join(', ')}`,
    );
    if (window.faultMs > 0)
      print(
        `  recovery → clean         ${seconds(window.recoveryToCleanMs)} (last error after the fault was lifted)`,
      );
    print(`  router metrics (delta)   ${counts(window.operator.metrics)}`);
    for (const view of window.operator.logs)
      if (view.warn + view.error > 0)
        print(
          `  log ${view.service.padEnd(12)}         ${view.warn} warn, ${view.error} error` +
            (view.commonest ? `; most often (${view.commonest.count}×): ${view.commonest.msg}` : ''),
        );
  }
  print('');
  print(`Service logs: ${result.logDir}`);
}
