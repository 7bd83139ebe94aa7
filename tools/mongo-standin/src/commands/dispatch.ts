import { CommandError, ErrorCode } from '../errors.js';
import type { Doc } from '../storage/doc.js';
import { aggregateCommands } from './aggregate.js';
import type { CommandContext, CommandDefinition } from './command-context.js';
import { countDistinctCommands } from './count-distinct.js';
import { deleteCommands } from './delete.js';
import { findAndModifyCommands } from './find-and-modify.js';
import { findCommands } from './find.js';
import { handshakeCommands } from './handshake.js';
import { indexCommands } from './indexes.js';
import { insertCommands } from './insert.js';
import { namespaceCommands } from './namespaces.js';
import { refuseTransactions } from './transactions.js';
import { updateCommands } from './update.js';

const COMMANDS: Record<string, CommandDefinition> = {
  ...handshakeCommands,
  ...insertCommands,
  ...findCommands,
  ...updateCommands,
  ...deleteCommands,
  ...findAndModifyCommands,
  ...countDistinctCommands,
  ...aggregateCommands,
  ...indexCommands,
  ...namespaceCommands,
  // Sessions live client-side here (nothing is kept per session), so ending them is a no-op.
  endSessions: { handler: () => ({}), fields: '*' },
};

/** Command names MongoDB also accepts in another case. */
const ALIASES: Record<string, string> = { findandmodify: 'findAndModify', buildinfo: 'buildInfo' };

/** Fields any command may carry: routing, session and concern metadata the driver adds. */
const GENERIC_FIELDS = new Set([
  '$db',
  'lsid',
  '$clusterTime',
  '$readPreference',
  'readConcern',
  'writeConcern',
  'comment',
  'maxTimeMS',
  'apiVersion',
  'apiStrict',
  'apiDeprecationErrors',
]);

/**
 * Runs one command and always returns a reply document: `{ ok: 1, ... }` or a MongoDB-style error
 * (`ok: 0, errmsg, code, codeName`). Unexpected failures become InternalError replies rather than
 * dropped connections.
 */
export function runCommand(
  command: Doc,
  context: CommandContext,
  onInternalError: (error: unknown) => void,
): Doc {
  try {
    const name = Object.keys(command)[0] ?? '';
    refuseTransactions(name, command);
    const key = Object.hasOwn(ALIASES, name) ? (ALIASES[name] as string) : name;
    const definition = Object.hasOwn(COMMANDS, key) ? COMMANDS[key] : undefined;
    if (!definition) {
      throw new CommandError(ErrorCode.CommandNotFound, `no such command: '${name}' (mongo-standin)`);
    }
    checkFields(name, definition, command);
    checkConcerns(command);
    return { ...definition.handler(command, context), ok: 1 };
  } catch (error) {
    if (error instanceof CommandError) return error.toReply();
    onInternalError(error);
    const message = error instanceof Error ? error.message : String(error);
    return { ok: 0, errmsg: `mongo-standin internal error: ${message}`, code: 1, codeName: 'InternalError' };
  }
}

function checkFields(name: string, definition: CommandDefinition, command: Doc): void {
  if (definition.fields === '*') return;
  for (const field of Object.keys(command).slice(1)) {
    if (GENERIC_FIELDS.has(field) || definition.fields.includes(field)) continue;
    throw new CommandError(ErrorCode.UnknownField, `BSON field '${name}.${field}' is an unknown field.`);
  }
}

function checkConcerns(command: Doc): void {
  const readConcern = command['readConcern'] as Doc | undefined;
  const level = readConcern?.['level'];
  if (level === 'snapshot' || readConcern?.['atClusterTime'] !== undefined) {
    throw new CommandError(ErrorCode.NotImplemented, 'mongo-standin does not support snapshot reads');
  }
  const w = (command['writeConcern'] as Doc | undefined)?.['w'];
  if (typeof w === 'number' && w > 1) {
    throw new CommandError(ErrorCode.BadValue, "cannot use 'w' > 1 on a standalone (mongo-standin)");
  }
}
