import { ApprovalsFileError } from '../check/approvals.js';
import { SchemaBaseRefError } from '../check/schema-base.js';
import { SubgraphListError } from '../subgraphs/subgraph-list.js';

// Configuration mistakes a user fixes by editing a file or a variable: the message is the whole story.
const USER_ERRORS = [SubgraphListError, ApprovalsFileError, SchemaBaseRefError];

/** Runs a CLI body; exits 1 with just the message for configuration errors, with the stack for bugs. */
export async function runCli(main: () => Promise<number>): Promise<void> {
  try {
    process.exitCode = await main();
  } catch (error) {
    const known = USER_ERRORS.some((type) => error instanceof type);
    console.error(
      `✗ ${known ? (error as Error).message : error instanceof Error ? error.stack : String(error)}`,
    );
    process.exitCode = 1;
  }
}
