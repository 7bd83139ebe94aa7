import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders, ServerResponse } from 'node:http';
import type { AccessTokenVerifier } from '../caller/access-token-verifier.js';
import { bearerToken, InvalidAccessTokenError } from '../caller/access-token-verifier.js';
import type { Caller } from '../caller/caller.js';
import { ErrorCode } from '../errors/error-code.js';
import { sendGraphQLError } from '../http/send-json.js';
import type { Logger } from '../logging/logger.js';
import { REQUEST_ID_HEADER } from '../logging/logger.js';
import { CLIENT_IP_HEADER, CLIENT_USER_AGENT_HEADER } from '../request/forwarded-headers.js';
import {
  ROUTER_PROOF_HEADER,
  ROUTER_TIMESTAMP_HEADER,
  verifyRouterProof,
} from '../router-proof/router-proof.js';

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

/** What the check learned about a request: what the GraphQL context is built from. */
export interface RouterTrustState {
  requestId: string;
  /** A child logger stamping the request id. */
  log: Logger;
  caller?: Caller;
  /** The end user's IP as the router saw it (`x-client-ip`); only on router-signed requests. */
  clientIp?: string;
  /** The end user's user agent (`x-client-user-agent`, else `user-agent`). */
  userAgent?: string;
}

export type RouterTrustOutcome =
  | ({ kind: 'open' } & RouterTrustState)
  | ({ kind: 'trusted' } & RouterTrustState)
  | ({ kind: 'refused'; message: string } & RouterTrustState);

/** The parts of a request the check reads, whichever server parsed it. */
export interface RequestToCheck {
  /** The URL path without the query string. */
  path: string;
  headers: IncomingHttpHeaders;
  /** The exact body bytes the router signed; absent reads as empty. */
  rawBody: Buffer | undefined;
}

/** Checks one request against the trust boundary; the outcome says whether it may go on. */
export type RouterTrustCheck = (request: RequestToCheck) => Promise<RouterTrustOutcome>;

const MAX_USER_AGENT_LENGTH = 512;
const IP_PATTERN = /^[0-9A-Fa-f:.]{2,45}$/;
const REQUEST_ID_PATTERN = /^[A-Za-z0-9._-]{1,128}$/;
const DEFAULT_OPEN_PATHS: readonly string[] = ['/health/', '/metrics', '/.well-known/'];
const EMPTY_BODY = Buffer.alloc(0);

const MESSAGES = {
  missing:
    'This service only answers requests forwarded by the PackYourBag router; send your request to the router.',
  stale: 'The router proof on this request has expired.',
  invalid: 'The router proof on this request is invalid.',
} as const;

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * A subgraph's half of the trust boundary, free of any HTTP framework so the Express middleware
 * and the /graphql fast path (decision 1450) refuse alike: only requests the router signed get
 * through, and a bearer token, when present, must verify here too. A subgraph URL reached
 * directly gives nothing.
 */
export function createRouterTrustCheck(options: RouterTrustOptions): RouterTrustCheck {
  const openPaths = options.openPaths ?? DEFAULT_OPEN_PATHS;

  return async ({ path, headers, rawBody }) => {
    const incoming = header(headers, REQUEST_ID_HEADER);
    const requestId = incoming && REQUEST_ID_PATTERN.test(incoming) ? incoming : randomUUID();
    const log = options.logger.child({ requestId });
    if (openPaths.some((prefix) => path.startsWith(prefix))) return { kind: 'open', requestId, log };

    const verdict = verifyRouterProof({
      secret: options.routerSecret,
      proof: header(headers, ROUTER_PROOF_HEADER),
      timestamp: header(headers, ROUTER_TIMESTAMP_HEADER),
      body: rawBody ?? EMPTY_BODY,
    });
    if (!verdict.ok) {
      log.warn({ reason: verdict.reason, path }, 'refused a request without a valid router proof');
      return { kind: 'refused', message: MESSAGES[verdict.reason], requestId, log };
    }

    // Read only once the proof checks out: the request came through the router, which sets them.
    const state: RouterTrustState = { requestId, log };
    const clientIp = header(headers, CLIENT_IP_HEADER)?.trim();
    if (clientIp && IP_PATTERN.test(clientIp)) state.clientIp = clientIp;
    const userAgent = header(headers, CLIENT_USER_AGENT_HEADER) ?? header(headers, 'user-agent');
    if (userAgent) state.userAgent = userAgent.slice(0, MAX_USER_AGENT_LENGTH);

    const token = bearerToken(header(headers, 'authorization'));
    if (token) {
      try {
        state.caller = await options.verifyAccessToken(token);
      } catch (error) {
        const message =
          error instanceof InvalidAccessTokenError ? error.message : 'The access token is invalid.';
        return { kind: 'refused', message, ...state };
      }
    }
    return { kind: 'trusted', ...state };
  };
}

/** The one refusal both paths send: 401 UNAUTHENTICATED with the request id, GraphQL-shaped. */
export function refuseUntrusted(
  response: ServerResponse,
  outcome: { message: string; requestId: string },
): void {
  sendGraphQLError(
    response,
    401,
    { message: outcome.message, extensions: { code: ErrorCode.Unauthenticated } },
    { [REQUEST_ID_HEADER]: outcome.requestId },
  );
}
