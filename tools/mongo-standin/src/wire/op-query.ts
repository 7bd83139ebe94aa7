import { serialize } from 'bson';
import { readDocument } from '../storage/bson-values.js';
import type { Doc } from '../storage/doc.js';
import { HEADER_LENGTH, OpCode, writeHeader } from './op-codes.js';

/**
 * Legacy OP_QUERY, which drivers still use for the first `hello`/`isMaster` of a connection (before
 * they know the server speaks OP_MSG). Only commands on `<db>.$cmd` are of interest.
 */
export interface OpQueryRequest {
  fullCollectionName: string;
  /** The command, unwrapped from `$query` when the driver wrapped it with a read preference. */
  command: Doc;
}

export function decodeOpQuery(message: Buffer): OpQueryRequest {
  let offset = HEADER_LENGTH + 4; // flags
  const nameEnd = message.indexOf(0, offset);
  const fullCollectionName = message.toString('utf8', offset, nameEnd);
  offset = nameEnd + 1 + 8; // numberToSkip, numberToReturn
  const size = message.readInt32LE(offset);
  const query = readDocument(message.subarray(offset, offset + size));
  const wrapped = query['$query'];
  const command =
    typeof wrapped === 'object' && wrapped !== null && !Array.isArray(wrapped) ? (wrapped as Doc) : query;
  return { fullCollectionName, command };
}

/** OP_REPLY carrying one document, the only answer an OP_QUERY command gets. */
export function encodeOpReply(requestId: number, responseTo: number, reply: Doc): Buffer {
  const body = serialize(reply);
  const fixed = 4 + 8 + 4 + 4; // responseFlags, cursorID, startingFrom, numberReturned
  const message = Buffer.alloc(HEADER_LENGTH + fixed + body.length);
  writeHeader(message, { messageLength: message.length, requestId, responseTo, opCode: OpCode.OP_REPLY });
  let offset = HEADER_LENGTH;
  message.writeInt32LE(0, offset);
  offset += 4;
  message.writeBigInt64LE(0n, offset);
  offset += 8;
  message.writeInt32LE(0, offset);
  offset += 4;
  message.writeInt32LE(1, offset);
  offset += 4;
  message.set(body, offset);
  return message;
}
