import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import {
  BodyTooLargeError,
  CLIENT_NAME_HEADER,
  ErrorCode,
  readBody,
  sendGraphQLError,
  type AccessTokenVerifier,
  type Logger,
} from '@packyourbag/service-kit';
import { verifyCaller } from '../caller/verify-caller.js';
import type { TrustedDocumentsMode } from '../config.js';
import type { RouterContext } from '../context.js';
import { WARM_UP_CLIENT } from '../health/warm-up.js';
import { RouterErrorCode } from '../errors/router-error-code.js';
import type { DocumentManifest } from '../trusted-documents/manifest.js';
import { refuseMalformedPersistedQuery } from '../trusted-documents/persisted-query-check.js';
import { refuseUntrustedWebDocument } from '../trusted-documents/web-client-rule.js';
import { clientAddressOf, type ClientAddressOptions } from './client-address.js';
import { legacyJsonStatus } from './legacy-json-status.js';
import type { CorsPolicy } from './cors.js';

export interface GraphQLHandlerOptions {
  apollo: ApolloServer<RouterContext>;
  verifyAccessToken: AccessTokenVerifier;
  logger: Logger;
  cors: CorsPolicy;
  /**
   * Largest request body accepted, in bytes; a bigger one gets HTTP 413.
   * @default 1048576
   */
  maxBodyBytes?: number;
  /**
   * Who may name the client: network proxies (TRUSTED_PROXIES, read right-most untrusted hop
   * first) and the web server's signed forwards (CLIENT_ADDRESS_SECRET), decision 0713.
   * @default nobody: the client is the socket's peer
   */
  clientAddress?: Omit<ClientAddressOptions, 'now'>;
  /**
   * Trusted documents: the manifest and whether the web client is held to it.
   * @default { mode: 'allow', manifest: empty }
   */
  trustedDocuments?: { mode: TrustedDocumentsMode; manifest: DocumentManifest };
  /**
   * Whether auth's signing keys were ever fetched; when not, a refused token answers 503.
   * @default () => true
   */
  keysAvailable?: () => boolean;
  /**
   * Whether a request is the router's own warm-up, charged to the warm-up's bucket (decision 1495).
   * @default () => false
   */
  isWarmUpRequest?: (request: IncomingMessage) => boolean;
}

/** Serves one GraphQL request; resolves to what the access log and metrics need. */
export type GraphQLHandler = (
  request: IncomingMessage,
  response: ServerResponse,
  requestId: string,
) => Promise<{ operationName?: string; hadErrors: boolean; hadServerErrors?: boolean }>;

/** Request media types the router reads as JSON (GraphQL over HTTP: application/json). */
const JSON_CONTENT_TYPE = /^\s*application\/(json|graphql-response\+json)\s*(;|$)/i;

const NOBODY: ClientAddressOptions = { isTrustedProxy: () => false, secret: undefined };

function headerMapOf(request: IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** The `extensions` a request carries: the JSON body's, or GET's `extensions` search parameter. */
function extensionsOf(body: unknown, search: string): unknown {
  if (typeof body === 'object' && body !== null && 'extensions' in body) return body.extensions;
  if (!search) return undefined;
  const raw = new URLSearchParams(search).get('extensions');
  if (raw === null) return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return undefined;
  }
}

/** The `query` a request carries: the JSON body's, or GET's `query` search parameter. */
function queryOf(body: unknown, search: string): unknown {
  if (typeof body === 'object' && body !== null && 'query' in body) return body.query;
  return search ? (new URLSearchParams(search).get('query') ?? undefined) : undefined;
}

/**
 * The GraphQL endpoint over plain node:http: body reading, batch and trusted-document checks,
 * caller verification, then Apollo Server's `executeHTTPGraphQLRequest`. Without a framework in
 * between, the only per-request work is what this file does (docs/decisions/0301).
 */
export function createGraphQLHandler(options: GraphQLHandlerOptions): GraphQLHandler {
  const { apollo, verifyAccessToken, logger, cors } = options;
  const maxBodyBytes = options.maxBodyBytes ?? 1_048_576;
  const clientAddressOptions = options.clientAddress ?? NOBODY;
  const trusted = options.trustedDocuments ?? { mode: 'allow', manifest: new Map() };

  return async (request, response, requestId) => {
    cors.apply(request, response);
    const method = request.method ?? 'GET';
    const url = request.url ?? '';
    const queryStart = url.indexOf('?');
    const search = queryStart === -1 ? '' : url.slice(queryStart);
    const refused = { hadErrors: true };

    let body: unknown;
    let raw: Buffer = Buffer.alloc(0);
    if (method === 'POST') {
      try {
        raw = await readBody(request, maxBodyBytes);
      } catch (error) {
        if (!(error instanceof BodyTooLargeError)) throw error;
        sendGraphQLError(response, 413, {
          message: error.message,
          extensions: { code: RouterErrorCode.PayloadTooLarge, max: maxBodyBytes },
        });
        return refused;
      }
      const text = raw.toString('utf8');
      if (JSON_CONTENT_TYPE.test(request.headers['content-type'] ?? '')) {
        try {
          body = JSON.parse(text);
        } catch {
          sendGraphQLError(response, 400, {
            message: 'The request body is not valid JSON.',
            extensions: { code: RouterErrorCode.BadRequest },
          });
          return refused;
        }
        if (Array.isArray(body)) {
          // One operation per request: a batch would spend a budget the cost checks see only in parts.
          sendGraphQLError(response, 400, {
            message: 'Batched requests are not supported: send one operation per request.',
            extensions: { code: RouterErrorCode.BatchLimitExceeded, max: 1, actual: body.length },
          });
          return refused;
        }
      } else {
        body = text; // Apollo Server answers a non-JSON POST with its own 400.
      }
    }

    const clientName = single(request.headers[CLIENT_NAME_HEADER]);
    const extensions = extensionsOf(body, search);
    const untrusted = refuseUntrustedWebDocument(trusted.mode, trusted.manifest, clientName, extensions);
    if (untrusted) {
      sendGraphQLError(response, 400, untrusted);
      return refused;
    }
    const malformed =
      trusted.mode === 'off' ? undefined : refuseMalformedPersistedQuery(extensions, queryOf(body, search));
    if (malformed) {
      // A caller's mistake, not the router's: info, so it cannot flood the error log (0714).
      logger.info({ requestId, code: malformed.error.extensions?.['code'] }, malformed.error.message);
      sendGraphQLError(response, malformed.status, malformed.error);
      return refused;
    }

    const authorization = request.headers.authorization;
    const verdict = await verifyCaller(authorization, verifyAccessToken, options.keysAvailable);
    if (verdict.kind === 'unavailable') {
      sendGraphQLError(
        response,
        503,
        { message: verdict.message, extensions: { code: RouterErrorCode.KeysUnavailable } },
        { 'retry-after': '5' },
      );
      return refused;
    }
    if (verdict.kind === 'refused') {
      sendGraphQLError(
        response,
        401,
        { message: verdict.message, extensions: { code: ErrorCode.Unauthenticated } },
        { 'www-authenticate': 'Bearer error="invalid_token"' },
      );
      return refused;
    }

    const userAgent = single(request.headers['user-agent']);
    const client = clientAddressOf(request, raw, search, clientAddressOptions);
    if (client.refusedProof) {
      logger.warn(
        { requestId, reason: client.refusedProof, peer: request.socket.remoteAddress },
        'client-address proof not believed; the socket address is used (0713)',
      );
    }
    const context: RouterContext = {
      requestId,
      logger: logger.child({ requestId }),
      caller: verdict.kind === 'verified' ? verdict.caller : undefined,
      authorization,
      clientName,
      clientIp: options.isWarmUpRequest?.(request) ? WARM_UP_CLIENT : client.address,
      ...(userAgent === undefined ? {} : { userAgent }),
      accessLog: {},
    };
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method, headers: headerMapOf(request), search, body },
      context: async () => context,
    });

    response.statusCode = result.status ?? 200;
    for (const [name, value] of result.headers) response.setHeader(name, value);
    if (result.body.kind === 'complete') {
      response.statusCode = legacyJsonStatus(
        response.statusCode,
        result.headers.get('content-type'),
        result.body.string,
      );
      response.setHeader('content-length', Buffer.byteLength(result.body.string));
      response.end(result.body.string);
    } else {
      for await (const chunk of result.body.asyncIterator) response.write(chunk);
      response.end();
    }
    return {
      operationName: context.accessLog.operationName,
      hadErrors: context.accessLog.hadErrors ?? false,
      hadServerErrors: context.accessLog.hadServerErrors ?? false,
    };
  };
}
