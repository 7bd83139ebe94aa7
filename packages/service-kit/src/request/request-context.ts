import type { Caller } from '../caller/caller.js';
import type { Logger } from '../logging/logger.js';
import { forbidden, unauthenticated } from '../errors/domain-errors.js';

/** What every resolver gets about the request it serves. Subgraphs extend it with their loaders. */
export interface RequestContext {
  /** The verified caller; absent for anonymous requests. */
  caller?: Caller;
  requestId: string;
  /** A child logger that stamps every line with the request id. */
  logger: Logger;
  /** The end user's IP as forwarded by the router (`x-client-ip`); absent when unknown. */
  clientIp?: string;
  /** The end user's user agent as forwarded by the router; absent when unknown. */
  userAgent?: string;
}

/** The caller, or UNAUTHENTICATED: for everything that belongs to a user. */
export function requireCaller(context: RequestContext): Caller {
  if (!context.caller) throw unauthenticated();
  return context.caller;
}

/** The caller holding `scope`, or FORBIDDEN naming the scope a token lacks. */
export function requireScope(context: RequestContext, scope: string): Caller {
  const caller = requireCaller(context);
  if (!caller.scopes.has(scope)) throw forbidden(`This token lacks the "${scope}" scope.`);
  return caller;
}
