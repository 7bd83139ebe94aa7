import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import type { AccessTokenVerifier } from '../caller/access-token-verifier.js';
import { bearerToken, InvalidAccessTokenError } from '../caller/access-token-verifier.js';
import type { Caller } from '../caller/caller.js';
import { ErrorCode } from '../errors/error-code.js';
import type { Logger } from '../logging/logger.js';
import { REQUEST_ID_HEADER } from '../logging/logger.js';
import { CLIENT_IP_HEADER, CLIENT_USER_AGENT_HEADER } from '../request/forwarded-headers.js';
import {
  ROUTER_PROOF_HEADER,
  ROUTER_TIMESTAMP_HEADER,
  verifyRouterProof,
} from '../router-proof/router-proof.js';

/** What the middleware leaves on the request for the GraphQL context. */
export interface TrustedRequest extends Request {
  rawBody?: Buffer;
  caller?: Caller;
  requestId?: string;
  log?: Logger;
  /** The end user's IP as the router saw it (`x-client-ip`); only on router-signed requests. */
  clientIp?: string;
  /** The end user's user agent (`x-client-user-agent`, else `user-agent`). */
  userAgent?: string;
}

const MAX_USER_AGENT_LENGTH = 512;
const IP_PATTERN = /^[0-9A-Fa-f:.]{2,45}$/;

export interface RouterTrustOptions {
  routerSecret: string;
  verifyAccessToken: AccessTokenVerifier;
  logger: Logger;
  /**
   * Path prefixes served without the router's proof (probes and public documents).
   * @default ['/health/', '/metrics', '/.well-known/']
   */
  openPaths?: readonly string[];
}

const REQUEST_ID_PATTERN = /^[A-Za-z0-9._-]{1,128}$/;

function refuse(response: Response, message: string, requestId: string): void {
  response
    .status(401)
    .set(REQUEST_ID_HEADER, requestId)
    .json({ errors: [{ message, extensions: { code: ErrorCode.Unauthenticated } }] });
}

/**
 * A subgraph's half of the trust boundary: only requests the router signed get through, and a
 * bearer token, when present, must verify here too. A subgraph URL reached directly gives nothing.
 */
export function createRouterTrustMiddleware(options: RouterTrustOptions) {
  const openPaths = options.openPaths ?? ['/health/', '/metrics', '/.well-known/'];
  const messages = {
    missing:
      'This service only answers requests forwarded by the PackYourBag router; send your request to the router.',
    stale: 'The router proof on this request has expired.',
    invalid: 'The router proof on this request is invalid.',
  } as const;

  return async function verifyRouterRequest(request: TrustedRequest, response: Response, next: NextFunction) {
    const incoming = request.header(REQUEST_ID_HEADER);
    const requestId = incoming && REQUEST_ID_PATTERN.test(incoming) ? incoming : randomUUID();
    request.requestId = requestId;
    request.log = options.logger.child({ requestId });
    if (openPaths.some((prefix) => request.path.startsWith(prefix))) return next();

    const verdict = verifyRouterProof({
      secret: options.routerSecret,
      proof: request.header(ROUTER_PROOF_HEADER),
      timestamp: request.header(ROUTER_TIMESTAMP_HEADER),
      body: request.rawBody ?? Buffer.alloc(0),
    });
    if (!verdict.ok) {
      request.log.warn(
        { reason: verdict.reason, path: request.path },
        'refused a request without a valid router proof',
      );
      return refuse(response, messages[verdict.reason], requestId);
    }

    // Read only once the proof checks out: the request came through the router, which sets them.
    const clientIp = request.header(CLIENT_IP_HEADER)?.trim();
    if (clientIp && IP_PATTERN.test(clientIp)) request.clientIp = clientIp;
    const userAgent = request.header(CLIENT_USER_AGENT_HEADER) ?? request.header('user-agent');
    if (userAgent) request.userAgent = userAgent.slice(0, MAX_USER_AGENT_LENGTH);

    const token = bearerToken(request.header('authorization'));
    if (token) {
      try {
        request.caller = await options.verifyAccessToken(token);
      } catch (error) {
        const message =
          error instanceof InvalidAccessTokenError ? error.message : 'The access token is invalid.';
        return refuse(response, message, requestId);
      }
    }
    return next();
  };
}
