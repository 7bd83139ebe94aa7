import { describe, expect, inject, it } from 'vitest';
import '../support/stack-info.js';
import { loadApiSchema, rootOperations } from './api-schema.js';
import { describeFailure, parseReplay, summaryLines } from './fuzz-report.js';
import { runHostileInputFuzz } from './fuzz-run.js';

/**
 * A fixed seed, so `npm test` runs the same cases every time (FUZZ_SEED picks another; `npm run
 * fuzz` runs many more with a random one). 3 cases per root field (165 for 55 fields) keep the
 * scenario near a minute on a 2-core machine.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_206);
const RUNS_PER_FIELD = Number(process.env.FUZZ_RUNS_PER_FIELD ?? 3);
const REPLAY = process.env.FUZZ_REPLAY ? parseReplay(process.env.FUZZ_REPLAY) : undefined;
/** Every root field of the public API, read from the schema (a new field is fuzzed at once). */
const FIELDS = rootOperations(loadApiSchema()).map((operation) => operation.field.name);

describe('hostile input through the router', () => {
  it('answers generated documents for every root field within the contract, and refused mutations change nothing', async () => {
    const { graphqlUrl, databaseUrl, mongoUrl } = inject('stack');
    const result = await runHostileInputFuzz({
      graphqlUrl,
      databaseUrl,
      mongoUrl,
      seed: SEED,
      runsPerField: RUNS_PER_FIELD,
      fields: FIELDS,
      ...(REPLAY ? { replay: REPLAY } : {}),
      stopOnFailure: true,
      print: (line) => console.log(line),
    });
    for (const line of summaryLines(result, process.env.FUZZ_VERBOSE === '1')) console.log(line);
    const failures = result.failures.map(describeFailure);
    if (failures.length > 0) {
      console.log(
        `replay one case: FUZZ_REPLAY=<replay> npx vitest run --config e2e/vitest.config.ts e2e/hostile-input-fuzz`,
      );
    }
    expect(failures, failures.join('\n\n')).toEqual([]);
    if (!REPLAY) {
      // Every root field got its cases.
      expect(Object.keys(result.byField).sort()).toEqual([...FIELDS].sort());
      expect(result.casesTried).toBe(FIELDS.length * RUNS_PER_FIELD);
    }
  }, 300_000);
});
