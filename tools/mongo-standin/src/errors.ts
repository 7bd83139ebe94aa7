import type { Doc } from './storage/doc.js';

/**
 * The MongoDB server error codes the stand-in answers with. Numbers and names are MongoDB's own
 * (src/mongo/base/error_codes.yml), so drivers and callers that branch on `code` behave as with a server.
 */
export const ErrorCode = {
  BadValue: { code: 2, codeName: 'BadValue' },
  FailedToParse: { code: 9, codeName: 'FailedToParse' },
  TypeMismatch: { code: 14, codeName: 'TypeMismatch' },
  IllegalOperation: { code: 20, codeName: 'IllegalOperation' },
  NamespaceNotFound: { code: 26, codeName: 'NamespaceNotFound' },
  IndexNotFound: { code: 27, codeName: 'IndexNotFound' },
  PathNotViable: { code: 28, codeName: 'PathNotViable' },
  ConflictingUpdateOperators: { code: 40, codeName: 'ConflictingUpdateOperators' },
  CursorNotFound: { code: 43, codeName: 'CursorNotFound' },
  NamespaceExists: { code: 48, codeName: 'NamespaceExists' },
  CommandNotFound: { code: 59, codeName: 'CommandNotFound' },
  ImmutableField: { code: 66, codeName: 'ImmutableField' },
  InvalidOptions: { code: 72, codeName: 'InvalidOptions' },
  InvalidNamespace: { code: 73, codeName: 'InvalidNamespace' },
  IndexOptionsConflict: { code: 85, codeName: 'IndexOptionsConflict' },
  IndexKeySpecsConflict: { code: 86, codeName: 'IndexKeySpecsConflict' },
  NotImplemented: { code: 238, codeName: 'NotImplemented' },
  OperationNotSupportedInTransaction: { code: 263, codeName: 'OperationNotSupportedInTransaction' },
  UnsupportedOpQueryCommand: { code: 352, codeName: 'UnsupportedOpQueryCommand' },
  DuplicateKey: { code: 11000, codeName: 'DuplicateKey' },
  UnknownField: { code: 40415, codeName: 'Location40415' },
} as const;

export type ErrorCodeEntry = (typeof ErrorCode)[keyof typeof ErrorCode];

/**
 * A command failure, answered as `{ ok: 0, errmsg, code, codeName, ...details }`.
 * `details` carries what MongoDB adds for a program to read, e.g. `keyPattern`/`keyValue` on E11000.
 */
export class CommandError extends Error {
  constructor(
    readonly entry: ErrorCodeEntry,
    message: string,
    readonly details: Doc = {},
  ) {
    super(message);
    this.name = 'CommandError';
  }

  toReply(): Doc {
    return {
      ok: 0,
      errmsg: this.message,
      code: this.entry.code,
      codeName: this.entry.codeName,
      ...this.details,
    };
  }

  /** The shape of one entry in a write command's `writeErrors` array. */
  toWriteError(index: number): Doc {
    return {
      index,
      code: this.entry.code,
      codeName: this.entry.codeName,
      errmsg: this.message,
      ...this.details,
    };
  }
}

/** A refusal: something MongoDB can do that the stand-in will not fake. */
export function notSupported(what: string): CommandError {
  return new CommandError(ErrorCode.NotImplemented, `mongo-standin does not support ${what}`);
}
