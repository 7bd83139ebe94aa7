import type { Options } from 'mingo/types';
import { CommandError, ErrorCode, notSupported } from '../errors.js';

/**
 * Options for every mingo call. Scripts are off: `$where`, `$function` and `$accumulator` would run
 * JavaScript sent over the network, and a real server would run them in its own sandbox, not ours.
 */
export function mingoOptions(extra: Partial<Options> = {}): Partial<Options> {
  return { idKey: '_id', scriptEnabled: false, useStrictMode: true, ...extra };
}

const UNSUPPORTED = /unknown|unregistered|not registered|requires '(scriptEnabled|jsonSchemaValidator)'/i;

/**
 * Runs a mingo computation and turns its failures into MongoDB replies: an operator mingo lacks is a
 * refusal (NotImplemented: it may be valid MongoDB we cannot run), anything else a BadValue.
 */
export function withMingo<T>(compute: () => T): T {
  try {
    return compute();
  } catch (error) {
    if (error instanceof CommandError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    if (UNSUPPORTED.test(message)) throw notSupported(`this operator (${message})`);
    throw new CommandError(ErrorCode.BadValue, `mongo-standin could not evaluate the request: ${message}`);
  }
}
