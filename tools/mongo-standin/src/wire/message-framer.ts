import { HEADER_LENGTH } from './op-codes.js';

/** MongoDB's own limit (`maxMessageSizeBytes` in hello); larger frames mean a broken or hostile peer. */
export const MAX_MESSAGE_SIZE_BYTES = 48_000_000;

export class FramingError extends Error {}

/**
 * Cuts a TCP byte stream into whole wire messages: TCP may deliver half a message or several at once.
 */
export class MessageFramer {
  private pending: Buffer = Buffer.alloc(0);

  /** Adds received bytes and returns every message now complete, header included. */
  push(chunk: Buffer): Buffer[] {
    this.pending = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk]);
    const messages: Buffer[] = [];
    while (this.pending.length >= 4) {
      const length = this.pending.readInt32LE(0);
      if (length < HEADER_LENGTH || length > MAX_MESSAGE_SIZE_BYTES) {
        throw new FramingError(`invalid message length ${length}`);
      }
      if (this.pending.length < length) break;
      messages.push(this.pending.subarray(0, length));
      this.pending = this.pending.subarray(length);
    }
    return messages;
  }
}
