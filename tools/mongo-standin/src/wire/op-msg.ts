import { serialize } from 'bson';
import { readDocument } from '../storage/bson-values.js';
import type { Doc } from '../storage/doc.js';
import { HEADER_LENGTH, OpCode, writeHeader } from './op-codes.js';

/** OP_MSG flag bits. */
export const OpMsgFlag = {
  checksumPresent: 1 << 0,
  moreToCome: 1 << 1,
  exhaustAllowed: 1 << 16,
} as const;

export interface OpMsgRequest {
  flags: number;
  /**
   * The kind 0 body with every kind 1 document sequence merged in under its identifier, which is how
   * the server treats them (`insert.documents` may arrive either way).
   */
  command: Doc;
}

export class OpMsgDecodeError extends Error {}

/** Bits 0-15 are "required": a receiver must fail on one it does not know. */
const KNOWN_REQUIRED_FLAGS = OpMsgFlag.checksumPresent | OpMsgFlag.moreToCome;

export function decodeOpMsg(message: Buffer): OpMsgRequest {
  const flags = message.readUInt32LE(HEADER_LENGTH);
  if ((flags & 0xffff & ~KNOWN_REQUIRED_FLAGS) !== 0) {
    throw new OpMsgDecodeError(`unknown required OP_MSG flag bits ${flags.toString(2)}`);
  }
  // The CRC-32C checksum, when present, trails the sections; TCP already guards this loopback link.
  const end = flags & OpMsgFlag.checksumPresent ? message.length - 4 : message.length;
  let offset = HEADER_LENGTH + 4;
  let body: Doc | undefined;
  const sequences: Record<string, Doc[]> = {};
  while (offset < end) {
    const kind = message.readUInt8(offset);
    offset += 1;
    if (kind === 0) {
      const size = message.readInt32LE(offset);
      body = readDocument(message.subarray(offset, offset + size));
      offset += size;
    } else if (kind === 1) {
      const size = message.readInt32LE(offset);
      const sectionEnd = offset + size;
      const nameEnd = message.indexOf(0, offset + 4);
      const identifier = message.toString('utf8', offset + 4, nameEnd);
      let cursor = nameEnd + 1;
      const docs: Doc[] = [];
      while (cursor < sectionEnd) {
        const docSize = message.readInt32LE(cursor);
        docs.push(readDocument(message.subarray(cursor, cursor + docSize)));
        cursor += docSize;
      }
      sequences[identifier] = docs;
      offset = sectionEnd;
    } else {
      throw new OpMsgDecodeError(`unknown OP_MSG section kind ${kind}`);
    }
  }
  if (!body) throw new OpMsgDecodeError('OP_MSG without a body section');
  return { flags, command: { ...body, ...sequences } };
}

export function encodeOpMsg(requestId: number, responseTo: number, reply: Doc): Buffer {
  const body = serialize(reply);
  const message = Buffer.alloc(HEADER_LENGTH + 4 + 1 + body.length);
  writeHeader(message, { messageLength: message.length, requestId, responseTo, opCode: OpCode.OP_MSG });
  message.writeUInt32LE(0, HEADER_LENGTH);
  message.writeUInt8(0, HEADER_LENGTH + 4);
  message.set(body, HEADER_LENGTH + 5);
  return message;
}
