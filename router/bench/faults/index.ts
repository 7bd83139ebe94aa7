/** The fault benchmark as a library: `npm run bench:faults` and the e2e scenario faults-under-load run it. */
export {
  runFaultBench,
  FAULT_BENCH_SERVICES,
  type FaultBenchOptions,
  type FaultBenchResult,
} from './run-fault-bench.js';
export { printFaultReport } from './fault-report.js';
export { OUTAGE_CODE, type WindowSummary } from './fault-summary.js';
export { parseMix } from '../load-mix.js';
