// `npm run schema:check`: the contract gate (composition, staleness, breaking changes, codegen).
// SCHEMA_BASE_REF (optional): git ref whose supergraph is the base for the breaking-change check.
import { checkContract } from '../check/check-contract.js';
import { findStaleGenerated } from '../codegen/stale-generated.js';
import { formatProblem } from '../compose/schema-problem.js';
import { repositoryRoot } from './repository-root.js';
import { runCli } from './run-cli.js';

await runCli(async () => {
  const rootDir = repositoryRoot();
  const baseRef = process.env['SCHEMA_BASE_REF'] || undefined;
  const report = await checkContract({ rootDir, ...(baseRef ? { baseRef } : {}) });
  const problems = [...report.problems, ...(report.composed ? await findStaleGenerated({ rootDir }) : [])];
  for (const note of report.notes) console.log(`  · ${note}`);
  if (problems.length > 0) {
    console.error(`schema:check failed with ${problems.length} problem(s):`);
    for (const problem of problems) console.error(`  ✗ ${formatProblem(problem)}`);
    return 1;
  }
  console.log('schema:check passed: the contract composes, is up to date, and breaks no client.');
  return 0;
});
