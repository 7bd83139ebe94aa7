// `npm run compose`: composes schema/*.graphql into schema/supergraph.graphql and schema/api.graphql.
import { composeSupergraph } from '../compose/compose-supergraph.js';
import { formatProblem } from '../compose/schema-problem.js';
import { writeContract } from '../compose/write-contract.js';
import { repositoryRoot } from './repository-root.js';
import { runCli } from './run-cli.js';

await runCli(async () => {
  const rootDir = repositoryRoot();
  const result = composeSupergraph({ rootDir });
  if (!result.ok) {
    console.error(`Composition failed with ${result.problems.length} error(s):`);
    for (const problem of result.problems) console.error(`  ✗ ${formatProblem(problem)}`);
    return 1;
  }
  for (const hint of result.hints) console.log(`  hint: ${hint}`);
  for (const file of writeContract(rootDir, result)) console.log(`${file.status.padEnd(9)} ${file.path}`);
  console.log(`Composed ${result.subgraphs.map((s) => s.name).join(', ')}.`);
  return 0;
});
