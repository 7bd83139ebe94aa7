import type { Socket } from 'node:net';
import { runCommand } from '../commands/dispatch.js';
import type { CommandContext } from '../commands/command-context.js';
import { CommandError, ErrorCode } from '../errors.js';
import type { Doc } from '../storage/doc.js';
import type { MongoStandinLogger } from '../options.js';
import { MessageFramer } from './message-framer.js';
import { decodeOpMsg, encodeOpMsg, OpMsgFlag } from './op-msg.js';
import { HEADER_LENGTH, OpCode, readHeader } from './op-codes.js';
import { decodeOpQuery, encodeOpReply } from './op-query.js';

/** Commands the legacy OP_QUERY path answers: only the driver's first handshake. */
const OP_QUERY_COMMANDS = new Set(['hello', 'isMaster', 'ismaster']);

export interface ConnectionDeps {
  context: Omit<CommandContext, 'db'>;
  logger: MongoStandinLogger;
  nextRequestId: () => number;
}

/**
 * Serves one client socket: frames messages, decodes OP_MSG / OP_QUERY, runs each command
 * synchronously and writes the reply (none when the client set moreToCome).
 */
export function serveConnection(socket: Socket, deps: ConnectionDeps): void {
  const framer = new MessageFramer();
  socket.setNoDelay(true);
  socket.on('data', (chunk: Buffer) => {
    try {
      for (const message of framer.push(chunk)) {
        const reply = handleMessage(message, deps);
        if (reply) socket.write(reply);
      }
    } catch (error) {
      deps.logger.warn(`mongo-standin: closing connection ${deps.context.connectionId}: ${describe(error)}`);
      socket.destroy();
    }
  });
  socket.on('error', (error) => deps.logger.warn(`mongo-standin: connection error: ${error.message}`));
}

function handleMessage(message: Buffer, deps: ConnectionDeps): Buffer | undefined {
  const header = readHeader(message);
  const run = (command: Doc, db: string): Doc =>
    runCommand(command, { ...deps.context, db }, (error) =>
      deps.logger.error(`mongo-standin: internal error: ${describe(error)}`),
    );
  if (header.opCode === OpCode.OP_MSG) {
    const request = decodeOpMsg(message);
    const db = typeof request.command['$db'] === 'string' ? request.command['$db'] : 'admin';
    const reply = run(request.command, db);
    if (request.flags & OpMsgFlag.moreToCome) return undefined;
    return encodeOpMsg(deps.nextRequestId(), header.requestId, reply);
  }
  if (header.opCode === OpCode.OP_QUERY && message.length > HEADER_LENGTH) {
    const request = decodeOpQuery(message);
    const name = Object.keys(request.command)[0] ?? '';
    const db = request.fullCollectionName.split('.')[0] ?? 'admin';
    const reply =
      request.fullCollectionName.endsWith('.$cmd') && OP_QUERY_COMMANDS.has(name)
        ? run(request.command, db)
        : new CommandError(
            ErrorCode.UnsupportedOpQueryCommand,
            `Unsupported OP_QUERY command: ${name}. mongo-standin speaks OP_MSG after the handshake.`,
          ).toReply();
    return encodeOpReply(deps.nextRequestId(), header.requestId, reply);
  }
  // OP_COMPRESSED is never negotiated (hello advertises no compressors); anything else is a protocol error.
  throw new Error(`unsupported opCode ${header.opCode}`);
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
