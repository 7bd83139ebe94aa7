import { CommandError, ErrorCode } from '../errors.js';
import type { Doc } from '../storage/doc.js';

/**
 * Transactions are refused, loudly: a stand-in that accepted `startTransaction` and then could not
 * roll back would let code that depends on rollback pass its tests and fail in production.
 */
export function refuseTransactions(commandName: string, command: Doc): void {
  const transactional =
    commandName === 'commitTransaction' ||
    commandName === 'abortTransaction' ||
    command['startTransaction'] !== undefined ||
    command['autocommit'] !== undefined;
  if (transactional) {
    throw new CommandError(
      ErrorCode.OperationNotSupportedInTransaction,
      'mongo-standin does not support transactions (it is a development and test tool; use a real MongoDB replica set)',
    );
  }
  if (command['txnNumber'] !== undefined) {
    // What a real standalone answers; the driver only sends txnNumber to replica sets and mongos.
    throw new CommandError(
      ErrorCode.IllegalOperation,
      'Transaction numbers are only allowed on a replica set member or mongos',
    );
  }
}
