import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import { ErrorCode, type AccessTokenVerifier, type Logger } from '@packyourbag/service-kit';
import { verifyCaller } from '../caller/verify-caller.js';
import type { RouterContext } from '../context.js';
import { CLIENT_NAME_HEADER } from '../forwarding/subgraph-data-source.js';
import { allowAnyOrigin } from './cors.js';
import { BodyTooLargeError, readBody } from './read-body.js';
import { sendGraphQLError } from './send-json.js';

export interface GraphQLHandlerOptions {
  apollo: ApolloServer<RouterContext>;
  verifyAccessToken: AccessTokenVerifier;
  logger: Logger;
  /**
   * Largest request body accepted, in bytes; a bigger one gets HTTP 413.
   * @default 1048576
   */
  maxBodyBytes?: number;
}

/** Serves one GraphQL request; resolves to the operation name for the access log. */
export type GraphQLHandler = (
  request: IncomingMessage,
  response: ServerResponse,
  requestId: string,
) => Promise<string | undefined>;

const JSON_CONTENT_TYPE = /^\s*application\/json\s*(;|$)/i;

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

/**
 * The GraphQL endpoint over plain node:http: body reading, caller verification, then Apollo Server's
 * `executeHTTPGraphQLRequest`. Without a framework in between, the only per-request work is what
 * this file does (see docs/decisions/0301-router-http-without-express.md).
 */
export function createGraphQLHandler(options: GraphQLHandlerOptions): GraphQLHandler {
  const { apollo, verifyAccessToken, logger } = options;
  const maxBodyBytes = options.maxBodyBytes ?? 1_048_576;

  return async (request, response, requestId) => {
    allowAnyOrigin(response);
    const method = request.method ?? 'GET';

    let body: unknown;
    if (method === 'POST') {
      let raw: Buffer;
      try {
        raw = await readBody(request, maxBodyBytes);
      } catch (error) {
        if (!(error instanceof BodyTooLargeError)) throw error;
        sendGraphQLError(response, 413, { message: error.message, extensions: { code: 'BAD_REQUEST' } });
        return undefined;
      }
      const text = raw.toString('utf8');
      if (JSON_CONTENT_TYPE.test(request.headers['content-type'] ?? '')) {
        try {
          body = JSON.parse(text);
        } catch {
          sendGraphQLError(response, 400, {
            message: 'The request body is not valid JSON.',
            extensions: { code: 'BAD_REQUEST' },
          });
          return undefined;
        }
      } else {
        body = text; // Apollo Server answers a non-JSON POST with its own 400.
      }
    }

    const authorization = request.headers.authorization;
    const verdict = await verifyCaller(authorization, verifyAccessToken);
    if (verdict.kind === 'refused') {
      sendGraphQLError(
        response,
        401,
        { message: verdict.message, extensions: { code: ErrorCode.Unauthenticated } },
        { 'www-authenticate': 'Bearer error="invalid_token"' },
      );
      return undefined;
    }

    const context: RouterContext = {
      requestId,
      logger: logger.child({ requestId }),
      caller: verdict.kind === 'verified' ? verdict.caller : undefined,
      authorization,
      clientName: single(request.headers[CLIENT_NAME_HEADER]),
      accessLog: {},
    };
    const url = request.url ?? '';
    const queryStart = url.indexOf('?');
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method,
        headers: headerMapOf(request),
        search: queryStart === -1 ? '' : url.slice(queryStart),
        body,
      },
      context: async () => context,
    });

    response.statusCode = result.status ?? 200;
    for (const [name, value] of result.headers) response.setHeader(name, value);
    if (result.body.kind === 'complete') {
      response.setHeader('content-length', Buffer.byteLength(result.body.string));
      response.end(result.body.string);
    } else {
      for await (const chunk of result.body.asyncIterator) response.write(chunk);
      response.end();
    }
    return context.accessLog.operationName;
  };
}
