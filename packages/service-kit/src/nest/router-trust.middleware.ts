import type { NextFunction, Request, Response } from 'express';
import {
  createRouterTrustCheck,
  refuseUntrusted,
  type RouterTrustOptions,
  type RouterTrustState,
} from './router-trust.js';

export type { RouterTrustOptions } from './router-trust.js';

/** What the middleware leaves on the request for the GraphQL context. */
export interface TrustedRequest extends Request, Partial<RouterTrustState> {
  rawBody?: Buffer;
}

/**
 * The trust boundary (router-trust.ts) in front of every route Express serves: the probes and
 * /metrics pass, everything else needs the router's proof. POST /graphql normally takes the fast
 * path (graphql-fast-path.ts), which runs the same check.
 */
export function createRouterTrustMiddleware(options: RouterTrustOptions) {
  const check = createRouterTrustCheck(options);

  return async function verifyRouterRequest(request: TrustedRequest, response: Response, next: NextFunction) {
    const outcome = await check({ path: request.path, headers: request.headers, rawBody: request.rawBody });
    request.requestId = outcome.requestId;
    request.log = outcome.log;
    if (outcome.kind === 'refused') return refuseUntrusted(response, outcome);
    if (outcome.caller) request.caller = outcome.caller;
    if (outcome.clientIp) request.clientIp = outcome.clientIp;
    if (outcome.userAgent) request.userAgent = outcome.userAgent;
    return next();
  };
}
